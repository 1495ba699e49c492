package dev.ferry.ftp.client;

import dev.ferry.ftp.tls.ClientTls;
import dev.ferry.ftp.tls.TlsMode;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * vsftpd, Pure-FTPd or ProFTPD, unpacked from Debian's packages by {@code
 * src/test/servers/prepare.sh} into {@code target/ftp-servers} and started here on 127.0.0.1, on a
 * free port, with a throwaway configuration, as the current user. When a server cannot be
 * prepared (no apt-get, no package list, a missing library) or does not start, the test class is
 * skipped with the reason, rather than failed: the embedded MINA server always runs.
 *
 * <p>Given a {@link ClientTls}, each server speaks FTPS in its policy's mode (explicit or implicit)
 * with {@link TestTls#KEYS}, requires TLS for logins and data, and requires every data connection
 * to resume the control connection's TLS session: vsftpd's {@code require_ssl_reuse}, ProFTPD's
 * default (mod_tls from {@code proftpd-mod-crypto}), Pure-FTPd's own check.
 */
final class ExternalServer implements ServerUnderTest {
  private static final Path CACHE = Path.of("target", "ftp-servers").toAbsolutePath();
  private static final Path PREPARE = Path.of("src", "test", "servers", "prepare.sh");
  private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

  private final String name;
  private final Process process;
  private final int port;
  private final Credentials credentials;
  private final String home;
  private final Path localHome;
  private final ClientTls tls;

  private ExternalServer(
      String name,
      Process process,
      int port,
      Credentials credentials,
      String home,
      Path localHome,
      ClientTls tls) {
    this.name = name;
    this.tls = tls;
    this.process = process;
    this.port = port;
    this.credentials = credentials;
    this.home = home;
    this.localHome = localHome;
  }

  /** vsftpd 3: anonymous with write access, {@code run_as_launching_user}, no chroot. */
  static ExternalServer vsftpd() throws IOException, InterruptedException {
    return vsftpd(null);
  }

  /** vsftpd, over FTPS when {@code tls} is given, with {@code require_ssl_reuse=YES}. */
  static ExternalServer vsftpd(ClientTls tls) throws IOException, InterruptedException {
    Path binary = prepare("vsftpd");
    Path dir = fresh("vsftpd");
    Path root = Files.createDirectories(dir.resolve("root"));
    int port = freePort();
    Path conf = dir.resolve("vsftpd.conf");
    Files.writeString(
        conf,
        String.join(
            "\n",
            "listen=YES",
            "listen_ipv6=NO",
            "listen_address=127.0.0.1",
            "listen_port=" + port,
            "background=NO",
            // Runs as the user who starts it; the price is anonymous-only logins and no chroot.
            "run_as_launching_user=YES",
            "ftp_username=" + System.getProperty("user.name"),
            "seccomp_sandbox=NO",
            "tcp_wrappers=NO",
            "anonymous_enable=YES",
            "local_enable=NO",
            "no_anon_password=YES",
            "anon_root=" + root,
            "write_enable=YES",
            "anon_upload_enable=YES",
            "anon_mkdir_write_enable=YES",
            "anon_other_write_enable=YES",
            "anon_world_readable_only=NO",
            "anon_umask=022",
            "pasv_enable=YES",
            "pasv_address=127.0.0.1",
            "port_enable=YES",
            "connect_from_port_20=NO",
            tls == null ? "xferlog_enable=NO" : "",
            "dirmessage_enable=NO",
            "utf8_filesystem=YES",
            // Off by default in vsftpd: TYPE A would pass CRLF through unconverted.
            "ascii_upload_enable=YES",
            "ascii_download_enable=YES",
            "mdtm_write=YES",
            vsftpdTls(tls, dir),
            ""));
    Process process = start(dir, List.of(binary.toString(), conf.toString()));
    return started("vsftpd", process, port, Credentials.anonymous(), root.toString(), root, dir, tls);
  }

  private static String vsftpdTls(ClientTls tls, Path dir) {
    if (tls == null) {
      return "";
    }
    List<Path> pem = TestTls.writePem(dir);
    return String.join(
        "\n",
        "ssl_enable=YES",
        "implicit_ssl=" + (tls.policy().mode() == TlsMode.IMPLICIT ? "YES" : "NO"),
        "rsa_cert_file=" + pem.get(0),
        "rsa_private_key_file=" + pem.get(1),
        "allow_anon_ssl=YES",
        "force_anon_logins_ssl=YES",
        "force_anon_data_ssl=YES",
        "require_ssl_reuse=YES",
        "debug_ssl=YES",
        "log_ftp_protocol=YES",
        "xferlog_enable=YES",
        "vsftpd_log_file=" + dir.resolve("vsftpd.log"),
        "ssl_sslv2=NO",
        "ssl_sslv3=NO",
        // vsftpd 3.0.3 defaults to DES-CBC3-SHA alone.
        "ssl_ciphers=HIGH");
  }

  /**
   * Pure-FTPd: one virtual user from a PureDB file. As root it runs the user as {@code nobody}
   * and chroots it into its home, so the home is {@code /}; as another user it needs neither.
   */
  static ExternalServer pureFtpd() throws IOException, InterruptedException {
    return pureFtpd(null);
  }

  /** Pure-FTPd, over explicit FTPS when {@code tls} is given ({@code -Y 3}: TLS for everything). */
  static ExternalServer pureFtpd(ClientTls tls) throws IOException, InterruptedException {
    Path binary = prepare("pure-ftpd");
    Path pureSbin = binary.getParent();
    Path purePw = pureSbin.getParent().resolve("bin").resolve("pure-pw");
    Path dir = fresh("pure-ftpd");
    Path root = Files.createDirectories(dir.resolve("root"));
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxrwxrwx"));
    String uid = ROOT ? "65534" : id("-u");
    String gid = ROOT ? "65534" : id("-g");
    Path passwd = dir.resolve("pureftpd.passwd");
    Path pdb = dir.resolve("pureftpd.pdb");
    // pure-pw would hash with argon2id at a cost that makes each login take a second or more:
    // write the entry with a quick crypt(3) hash instead, and compile it with pure-pw mkdb.
    String hash = Md5Crypt.crypt(MinaServer.PASSWORD, "ferrypw1");
    Files.writeString(
        passwd,
        MinaServer.USER + ":" + hash + ":" + uid + ":" + gid + "::" + root + "/./::::::::::::\n");
    Process mkdb =
        new ProcessBuilder(purePw.toString(), "mkdb", pdb.toString(), "-f", passwd.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("pure-pw.log").toFile())
            .start();
    if (!mkdb.waitFor(30, TimeUnit.SECONDS) || mkdb.exitValue() != 0) {
      Assumptions.abort("pure-pw mkdb failed: " + Files.readString(dir.resolve("pure-pw.log")));
    }
    int port = freePort();
    List<String> command =
        new ArrayList<>(
            List.of(
                binary.toString(),
                "-S", "127.0.0.1," + port,
                "-l", "puredb:" + pdb,
                "-E", // no anonymous logins
                "-H", // no DNS lookups
                "-U", "022:022"));
    if (tls != null) {
      if (tls.policy().mode() != TlsMode.EXPLICIT) {
        Assumptions.abort("Pure-FTPd has explicit FTPS only");
      }
      List<Path> pem = TestTls.writePem(dir);
      command.addAll(List.of("-Y", "3", "-2", pem.get(0) + "," + pem.get(1)));
    }
    Process process = start(dir, command);
    Credentials credentials = Credentials.of(MinaServer.USER, MinaServer.PASSWORD);
    return started("Pure-FTPd", process, port, credentials, ROOT ? "/" : root.toString(), root, dir, tls);
  }

  /** ProFTPD 1.3.8: one user from an AuthUserFile, with mod_digest (HASH) and mod_site_misc. */
  static ExternalServer proftpd() throws IOException, InterruptedException {
    return proftpd(null);
  }

  /**
   * ProFTPD, over FTPS with mod_tls when {@code tls} is given; mod_tls requires data connections to
   * resume the control session unless {@code TLSOptions NoSessionReuseRequired} says otherwise.
   */
  static ExternalServer proftpd(ClientTls tls) throws IOException, InterruptedException {
    Path binary = prepare("proftpd");
    Path modules = binary.getParent().getParent().resolve("lib").resolve("proftpd");
    Path dir = fresh("proftpd");
    Path root = Files.createDirectories(dir.resolve("root"));
    Path passwd = dir.resolve("passwd");
    Path group = dir.resolve("group");
    String hash = Md5Crypt.crypt(MinaServer.PASSWORD, "ferrypw2");
    Files.writeString(
        passwd,
        MinaServer.USER + ":" + hash + ":" + id("-u") + ":" + id("-g") + "::" + root + ":/bin/sh\n");
    Files.writeString(group, "ferry::" + id("-g") + ":\n");
    // mod_auth_file refuses files others can read.
    Files.setPosixFilePermissions(passwd, PosixFilePermissions.fromString("rw-------"));
    Files.setPosixFilePermissions(group, PosixFilePermissions.fromString("rw-------"));
    int port = freePort();
    Path conf = dir.resolve("proftpd.conf");
    Files.writeString(
        conf,
        String.join(
            "\n",
            "ServerType standalone",
            "ServerName \"Ferry test ProFTPD\"",
            "DefaultAddress 127.0.0.1",
            "Port " + port,
            "UseIPv6 off",
            "User " + id("-un"),
            "Group " + id("-gn"),
            "PidFile " + dir.resolve("proftpd.pid"),
            "ScoreboardFile " + dir.resolve("proftpd.scoreboard"),
            "DelayTable none",
            "WtmpLog off",
            "TransferLog none",
            "SystemLog " + dir.resolve("system.log"),
            "UseReverseDNS off",
            "ModulePath " + modules,
            "LoadModule mod_digest.c",
            "LoadModule mod_site_misc.c",
            "LoadModule mod_deflate.c",
            "DeflateEngine on",
            "AuthUserFile " + passwd,
            "AuthGroupFile " + group,
            "AuthOrder mod_auth_file.c",
            "RequireValidShell off",
            "RootLogin on",
            "AllowOverwrite on",
            "AllowStoreRestart on",
            "AllowRetrieveRestart on",
            "Umask 022",
            proftpdTls(tls, dir),
            ""));
    Process process = start(dir, List.of(binary.toString(), "-n", "-c", conf.toString()));
    Credentials credentials = Credentials.of(MinaServer.USER, MinaServer.PASSWORD);
    return started("ProFTPD", process, port, credentials, root.toString(), root, dir, tls);
  }

  private static String proftpdTls(ClientTls tls, Path dir) {
    if (tls == null) {
      return "";
    }
    List<Path> pem = TestTls.writePem(dir);
    return String.join(
        "\n",
        "LoadModule mod_tls.c",
        "TLSEngine on",
        "TLSLog " + dir.resolve("tls.log"),
        "TLSProtocol TLSv1.2 TLSv1.3",
        "TLSRequired on",
        "TLSECCertificateFile " + pem.get(0),
        "TLSECCertificateKeyFile " + pem.get(1),
        "TLSVerifyClient off",
        tls.policy().mode() == TlsMode.IMPLICIT ? "TLSOptions UseImplicitSSL" : "");
  }

  @Override
  public String name() {
    return name + (tls == null ? "" : " FTPS " + tls.policy().mode() + " " + tls.policy().protocols());
  }

  @Override
  public Credentials wrongCredentials() {
    // vsftpd here takes anonymous logins only, with any password: refuse a named user instead.
    return credentials.user().equals("anonymous")
        ? Credentials.of(MinaServer.USER, "x")
        : ServerUnderTest.super.wrongCredentials();
  }

  @Override
  public FtpClientConfig.Builder config() {
    return FtpClientConfig.builder("127.0.0.1").port(port).credentials(credentials).tls(tls);
  }

  @Override
  public String home() {
    return home;
  }

  @Override
  public Path localHome() {
    return localHome;
  }

  @Override
  public void close() {
    // These servers fork a process per session: stop those first, then the listener.
    List<ProcessHandle> children = process.descendants().toList();
    children.forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    children.forEach(ProcessHandle::destroyForcibly);
  }

  static Path prepare(String server) throws IOException, InterruptedException {
    List<String> command = List.of("bash", PREPARE.toString(), server, CACHE.toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      Assumptions.abort(server + " could not be prepared from Debian's packages: " + out.strip());
    }
    List<String> lines = out.strip().lines().toList();
    return Path.of(lines.get(lines.size() - 1));
  }

  private static Path fresh(String server) throws IOException {
    Path dir = CACHE.resolve("run").resolve(server + "-" + ProcessHandle.current().pid());
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    return Files.createDirectories(dir);
  }

  private static Process start(Path dir, List<String> command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(dir.resolve("server.log").toFile());
    Path binary = Path.of(command.get(0));
    Path lib = binary.getParent().getParent().getParent().resolve("lib");
    Map<String, String> env = builder.environment();
    env.put(
        "LD_LIBRARY_PATH",
        String.join(
            ":",
            lib.resolve("usr/lib/x86_64-linux-gnu").toString(),
            lib.resolve("lib/x86_64-linux-gnu").toString()));
    return builder.start();
  }

  /** Waits for the greeting; skips the class with the server's log if it never comes. */
  private static ExternalServer started(
      String name,
      Process process,
      int port,
      Credentials credentials,
      String home,
      Path root,
      Path dir,
      ClientTls tls)
      throws IOException {
    // An implicit-FTPS server greets only after a handshake: accepting connections must do.
    boolean greets = tls == null || tls.policy().mode() != TlsMode.IMPLICIT;
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
        socket.setSoTimeout(5000);
        InputStream in = socket.getInputStream();
        if (!greets || in.read() == '2') {
          return new ExternalServer(name, process, port, credentials, home, root, tls);
        }
      } catch (IOException notYet) {
        sleep();
      }
    }
    process.destroyForcibly();
    Assumptions.abort(name + " did not start: " + Files.readString(dir.resolve("server.log")));
    throw new AssertionError("unreachable");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String id(String flag) throws IOException {
    return output(List.of("id", flag)).strip();
  }

  private static String output(List<String> command) throws IOException {
    Process process = new ProcessBuilder(new ArrayList<>(command)).start();
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
