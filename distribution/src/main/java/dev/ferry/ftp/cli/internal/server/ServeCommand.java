package dev.ferry.ftp.cli.internal.server;

import dev.ferry.ftp.cli.internal.config.Values;
import dev.ferry.ftp.server.FtpServer;
import dev.ferry.ftp.server.ListenerConfig;
import dev.ferry.ftp.server.PassiveConfig;
import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.tls.KeyMaterial;
import dev.ferry.ftp.tls.SelfSignedCertificate;
import dev.ferry.ftp.tls.ServerTlsContext;
import dev.ferry.ftp.tls.TlsConfigurationException;
import dev.ferry.ftp.tls.TlsMode;
import dev.ferry.ftp.tls.TlsPolicy;
import dev.ferry.ftp.vfs.VfsConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ferry serve}: share a folder (or a memory or S3 store) at once, in the foreground, the
 * way {@code python -m pyftpdlib} does. Without {@code --user} or {@code --anonymous}, a user
 * {@code ferry} with a password generated for this run is printed once; explicit TLS is on with a
 * self-signed certificate kept in the state folder, so its fingerprint stays the same.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Serves a folder over FTP and FTPS in the foreground (quick mode).",
        "Read-only unless --write. Ctrl-C stops."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:stopped", "2:bad command-line arguments",
        "3:could not start (the port is in use, the certificate cannot be read, ...)",
        "130:stopped by Ctrl-C (SIGINT)", "143:stopped by SIGTERM"})
public final class ServeCommand implements Callable<Integer> {
  static final String SAMPLE_USER = "ferry";
  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
      description = "The folder to serve (default: the current folder); local backend only.")
  Path directory;

  @Option(names = "--port", paramLabel = "N", description = "The port (default: ${DEFAULT-VALUE}).")
  int port = 2121;

  @Option(names = "--bind", paramLabel = "ADDR",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, every interface).")
  String bind = "0.0.0.0";

  @Option(names = "--user", paramLabel = "NAME:PASSWORD",
      description = "A user; repeatable. Without one (and without --anonymous) a user 'ferry'"
          + " with a generated password is made and printed.")
  List<String> users = new ArrayList<>();

  @Option(names = "--anonymous", description = "Allows anonymous read-only login.")
  boolean anonymous;

  @Option(names = "--write", description = "Lets users upload, delete, rename and make folders.")
  boolean write;

  @Option(names = "--tls", paramLabel = "MODE",
      description = "off, explicit (AUTH TLS, the default) or implicit.")
  TlsMode tls = TlsMode.EXPLICIT;

  @Option(names = "--cert", paramLabel = "PEM", description = "The certificate chain (PEM).")
  Path certificate;

  @Option(names = "--key", paramLabel = "PEM", description = "The private key (PEM).")
  Path key;

  @Option(names = "--passive-ports", paramLabel = "FROM-TO",
      description = "The passive port range (default: ${DEFAULT-VALUE}), or any.")
  String passivePorts = "30000-30100";

  @Option(names = "--passive-address", paramLabel = "ADDR",
      description = "The IPv4 address PASV replies name (behind NAT: the public one).")
  String passiveAddress;

  @Option(names = "--backend", paramLabel = "SCHEME",
      description = "The storage: local (the default), memory, s3 or a plugin's scheme.")
  String backend = "local";

  @Option(names = "--backend-option", paramLabel = "KEY=VALUE",
      description = "A setting of the backend, e.g. bucket=my-bucket; repeatable.")
  Map<String, String> backendOptions = new LinkedHashMap<>();

  @Option(names = "--state-dir", paramLabel = "DIR",
      description = "Where the generated certificate is kept (default: ~/.ferry).")
  Path stateDirectory;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    RunningServer running;
    try {
      running = start();
    } catch (IOException | TlsConfigurationException | IllegalArgumentException
        | IllegalStateException e) {
      spec.commandLine().getErr().println("ferry: cannot start: " + e.getMessage());
      return ExitCodes.CANNOT_START;
    }
    Foreground.run(running);
    return ExitCodes.OK;
  }

  /** Builds and starts the server and prints how to reach it; the caller owns the result. */
  RunningServer start() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    HomeDirectory home = home();
    Set<Permission> permissions = write ? Permission.all() : Permission.readOnly();
    FtpServer.Builder builder = FtpServer.builder();
    List<String> credentials = new ArrayList<>(users);
    String generated = null;
    if (credentials.isEmpty() && !anonymous) {
      generated = password();
      credentials.add(SAMPLE_USER + ":" + generated);
    }
    for (String user : credentials) {
      int colon = user.indexOf(':');
      if (colon <= 0) {
        throw new ParameterException(spec.commandLine(),
            "--user must be NAME:PASSWORD, not \"" + user + "\"");
      }
      builder.user(user.substring(0, colon), user.substring(colon + 1), home, permissions);
    }
    if (anonymous) {
      builder.anonymous(home);
    }
    Optional<ServerTlsContext> keys = tls == TlsMode.OFF ? Optional.empty()
        : Optional.of(ServerTlsContext.create(this::loadKeys));
    builder.listener(listener(keys));
    RunningServer running = new RunningServer(builder.build(), Optional.empty(), keys);
    try {
      running.server().start();
    } catch (IOException | RuntimeException e) {
      running.close();
      throw e;
    }
    describe(out, running, home, generated, keys);
    return running;
  }

  private ListenerConfig listener(Optional<ServerTlsContext> keys) {
    PassiveConfig passive;
    InetAddress address;
    try {
      passive = Values.portRange(passivePorts);
      if (passiveAddress != null) {
        passive = passive.advertising(Values.advertisedAddress(passiveAddress));
      }
      address = Values.address(bind);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    ListenerConfig listener = new ListenerConfig(address, port, passive);
    if (keys.isEmpty()) {
      return listener;
    }
    // Quick mode allows clear text, so that any client works; `ferry server` requires TLS.
    TlsPolicy policy = TlsPolicy.builder().mode(tls).controlRequired(tls == TlsMode.IMPLICIT)
        .dataRequired(false).build();
    return listener.withTls(policy, keys.get());
  }

  private HomeDirectory home() {
    Map<String, String> options = new LinkedHashMap<>(backendOptions);
    if (backend.equals("local")) {
      Path root = (directory == null ? Path.of("") : directory).toAbsolutePath().normalize();
      if (!Files.isDirectory(root)) {
        throw new ParameterException(spec.commandLine(), "not a folder: " + root);
      }
      options.putIfAbsent("root", root.toString());
    } else if (directory != null) {
      throw new ParameterException(spec.commandLine(),
          "DIR is for the local backend; give the " + backend + " backend's settings with"
              + " --backend-option");
    }
    return HomeDirectory.of(backend, VfsConfig.of(options));
  }

  private KeyMaterial loadKeys() {
    if (certificate != null || key != null) {
      if (certificate == null || key == null) {
        throw new TlsConfigurationException("--cert and --key go together");
      }
      return KeyMaterial.fromPem(certificate, key);
    }
    Path state = stateDirectory != null ? stateDirectory
        : Path.of(System.getProperty("user.home"), ".ferry");
    Path folder = state.resolve("tls");
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new TlsConfigurationException("cannot create " + folder + ": " + e.getMessage(), e);
    }
    return SelfSignedCertificate.forHosts("localhost", "127.0.0.1", "::1").loadOrGenerate(
        folder.resolve("serve-cert.pem"), folder.resolve("serve-key.pem"));
  }

  private void describe(PrintWriter out, RunningServer running, HomeDirectory home,
      String generated, Optional<ServerTlsContext> keys) {
    InetSocketAddress address = running.server().addresses().get(0);
    String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1"
        : address.getAddress().getHostAddress();
    String scheme = tls == TlsMode.IMPLICIT ? "ftps" : "ftp";
    out.printf("Ferry is serving %s (%s) on %s:%d%n",
        home.config().get("root").orElse(home.scheme() + " storage"),
        write ? "read-write" : "read-only", address.getAddress().getHostAddress(),
        address.getPort());
    if (generated != null) {
      out.printf("  user: %s  password: %s  (generated for this run; shown only here)%n",
          SAMPLE_USER, generated);
    }
    if (anonymous) {
      out.println("  anonymous login: on (read-only)");
    }
    keys.ifPresent(k -> out.printf("  TLS: %s, certificate SHA-256 %s%n",
        tls == TlsMode.IMPLICIT ? "implicit" : "explicit (AUTH TLS)",
        k.keyMaterial().fingerprint()));
    String user = generated != null ? SAMPLE_USER + ":" + generated + "@" : "";
    out.printf("  try: curl %s%s://%s%s:%d/%n",
        tls == TlsMode.OFF ? "" : (tls == TlsMode.EXPLICIT ? "--ssl-reqd " : "") + "--insecure ",
        scheme, user, host, address.getPort());
    out.println("Ctrl-C stops.");
    out.flush();
  }

  private static String password() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return password.toString();
  }
}
