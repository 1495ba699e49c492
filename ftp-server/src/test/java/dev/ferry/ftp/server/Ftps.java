package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.tls.KeyMaterial;
import dev.ferry.ftp.tls.SelfSignedCertificate;
import dev.ferry.ftp.tls.ServerTlsContext;
import dev.ferry.ftp.tls.SessionReuse;
import dev.ferry.ftp.tls.TlsMode;
import dev.ferry.ftp.tls.TlsPolicy;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPReply;
import org.apache.commons.net.ftp.FTPSClient;
import org.apache.commons.net.util.TrustManagerUtils;

/** FTPS test support: one self-signed key for the run, servers with FTPS listeners, clients. */
final class Ftps {
  /** Generated once: EC P-256 is fast, but not free. */
  static final ServerTlsContext KEYS = keys();

  private Ftps() {}

  private static ServerTlsContext keys() {
    KeyMaterial material = SelfSignedCertificate.forHosts("127.0.0.1", "localhost").generate();
    return ServerTlsContext.create(() -> material);
  }

  /** An explicit policy with TLS required on control and data, and the given reuse rule. */
  static TlsPolicy explicit(SessionReuse reuse) {
    return TlsPolicy.DEFAULT.toBuilder().mode(TlsMode.EXPLICIT).sessionReuse(reuse).build();
  }

  /** An implicit policy with the given reuse rule. */
  static TlsPolicy implicit(SessionReuse reuse) {
    return TlsPolicy.DEFAULT.toBuilder().mode(TlsMode.IMPLICIT).sessionReuse(reuse).build();
  }

  /**
   * Starts a test server whose first listener is explicit FTPS and second implicit FTPS, both with
   * the given reuse rule, and a third that is plain FTP.
   */
  static TestServer start(SessionReuse reuse) throws IOException {
    return TestServer.start(builder -> builder
        .listener(ListenerConfig.loopback().withTls(explicit(reuse), KEYS))
        .listener(ListenerConfig.loopback().withTls(implicit(reuse), KEYS))
        .listener(ListenerConfig.loopback()));
  }

  static int explicitPort(TestServer server) {
    return port(server, 0);
  }

  static int implicitPort(TestServer server) {
    return port(server, 1);
  }

  static int plainPort(TestServer server) {
    return port(server, 2);
  }

  private static int port(TestServer server, int index) {
    List<InetSocketAddress> addresses = server.server().addresses();
    return addresses.get(index).getPort();
  }

  /** A Commons Net FTPS client, logged in as alice, {@code PBSZ 0} and {@code PROT P} sent. */
  static FTPSClient commonsNet(int port, boolean implicit) throws IOException {
    return commonsNet(port, implicit, "1.3");
  }

  /** As {@link #commonsNet(int, boolean)}, on one TLS version ("1.2" or "1.3"). */
  static FTPSClient commonsNet(int port, boolean implicit, String tlsVersion) throws IOException {
    FTPSClient client = new FTPSClient("TLS", implicit);
    client.setEnabledProtocols(new String[] {"TLSv" + tlsVersion});
    client.setTrustManager(TrustManagerUtils.getAcceptAllTrustManager());
    client.setConnectTimeout(5_000);
    client.setDefaultTimeout(10_000);
    client.connect("127.0.0.1", port);
    client.setSoTimeout(10_000);
    assertTrue(FTPReply.isPositiveCompletion(client.getReplyCode()), client.getReplyString());
    client.execPBSZ(0);
    client.execPROT("P");
    assertTrue(client.login("alice", TestServer.PASSWORD), client.getReplyString());
    client.enterLocalPassiveMode();
    assertTrue(client.setFileType(FTP.BINARY_FILE_TYPE), client.getReplyString());
    return client;
  }

  /** Whether a command-line tool is installed. */
  static boolean installed(String tool) {
    try {
      Process process = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** What a finished process said. */
  record Result(int exitCode, String output) {}

  /** Runs a tool in {@code dir} with a deadline; output and errors together. */
  static Result run(Path dir, List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(devNull())).start();
    Thread.Builder reader = Thread.ofVirtual();
    StringBuilder output = new StringBuilder();
    Thread thread = reader.start(() -> {
      try {
        output.append(new String(process.getInputStream().readAllBytes(),
            StandardCharsets.UTF_8));
      } catch (IOException e) {
        output.append(e);
      }
    });
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      thread.join(5_000);
      throw new AssertionError(String.join(" ", command) + " did not finish: " + output);
    }
    thread.join(5_000);
    return new Result(process.exitValue(), output.toString());
  }

  private static java.io.File devNull() {
    return new java.io.File("/dev/null");
  }
}
