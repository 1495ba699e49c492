package dev.ferry.ftp.cli.internal.client;

import static dev.ferry.ftp.cli.internal.client.TestFtpServer.ferry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.cli.internal.client.TestFtpServer.Result;
import dev.ferry.ftp.server.ListenerConfig;
import dev.ferry.ftp.tls.KeyMaterial;
import dev.ferry.ftp.tls.SelfSignedCertificate;
import dev.ferry.ftp.tls.ServerTlsContext;
import dev.ferry.ftp.tls.TlsMode;
import dev.ferry.ftp.tls.TlsPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ftpes://} and {@code ftps://} against Ferry's server with a self-signed certificate for
 * 127.0.0.1: trusted through a CA file, a pinned fingerprint or {@code --insecure}, and refused
 * (exit code 4) without them.
 */
class TlsCommandsTest {
  private static final KeyMaterial KEYS = SelfSignedCertificate.forHosts("127.0.0.1").generate();

  @TempDir static Path served;
  @TempDir static Path certs;
  @TempDir Path local;

  private static TestFtpServer explicit;
  private static TestFtpServer implicit;
  private static TestFtpServer plain;
  private static Path caFile;

  @BeforeAll
  static void start() throws IOException {
    ServerTlsContext keys = ServerTlsContext.create(() -> KEYS);
    explicit = TestFtpServer.serve(served, ListenerConfig.loopback()
        .withTls(TlsPolicy.DEFAULT.toBuilder().mode(TlsMode.EXPLICIT).build(), keys));
    implicit = TestFtpServer.serve(served, ListenerConfig.loopback()
        .withTls(TlsPolicy.DEFAULT.toBuilder().mode(TlsMode.IMPLICIT).build(), keys));
    plain = TestFtpServer.serve(served);
    caFile = certs.resolve("ca.pem");
    KEYS.writePem(caFile, certs.resolve("key.pem"));
  }

  @AfterAll
  static void stop() {
    explicit.close();
    implicit.close();
    plain.close();
  }

  private static String url(String scheme, TestFtpServer server, String path) {
    return scheme + "://alice:secret@127.0.0.1:" + server.port() + "/" + path;
  }

  @Test
  void explicitTlsWithACaFile() throws IOException {
    Path file = Files.writeString(local.resolve("secret.txt"), "over TLS");
    String ca = "--ca-file=" + caFile;

    Result put = ferry("put", "-v", ca, file.toString(), url("ftpes", explicit, "secret.txt"));
    assertEquals(0, put.exitCode(), put.err());
    assertTrue(put.err().contains("AUTH TLS"), put.err());
    assertTrue(put.err().contains("PROT P"), put.err());
    assertFalse(put.err().contains("secret\n"), put.err());
    assertEquals("over TLS", Files.readString(served.resolve("secret.txt")));

    Result ls = ferry("ls", "-1", ca, url("ftpes", explicit, ""));
    assertEquals(0, ls.exitCode(), ls.err());
    assertTrue(ls.out().contains("secret.txt"), ls.out());

    Path copy = local.resolve("copy");
    Result mirror = ferry("mirror", "-q", ca, url("ftpes", explicit, ""), copy.toString());
    assertEquals(0, mirror.exitCode(), mirror.err());
    assertEquals("over TLS", Files.readString(copy.resolve("secret.txt")));
  }

  @Test
  void implicitTlsWithAPinnedFingerprint() throws IOException {
    Files.writeString(served.resolve("pinned.txt"), "pinned");
    Result get = ferry("get", "-q", "--trust-fingerprint=" + KEYS.fingerprint(),
        url("ftps", implicit, "pinned.txt"), local.toString());
    assertEquals(0, get.exitCode(), get.err());
    assertEquals("pinned", Files.readString(local.resolve("pinned.txt")));
  }

  @Test
  void insecureTrustsAnythingAndSaysSo() {
    Result ls = ferry("ls", "--insecure", url("ftps", implicit, ""));
    assertEquals(0, ls.exitCode(), ls.err());
    assertTrue(ls.err().startsWith("ferry: warning: --insecure"), ls.err());
  }

  @Test
  void untrustedCertificatesAndRefusedTlsAreExitCodeFour() {
    Result system = ferry("ls", url("ftpes", explicit, ""));
    assertEquals(ExitCodes.TLS, system.exitCode(), system.err());
    assertTrue(system.err().startsWith("ferry ls: TLS failed: "), system.err());

    Result wrongPin = ferry("ls", "--trust-fingerprint=" + "ab".repeat(32), url("ftps", implicit, ""));
    assertEquals(ExitCodes.TLS, wrongPin.exitCode(), wrongPin.err());

    Result noTls = ferry("ls", "--insecure", url("ftpes", plain, ""));
    assertEquals(ExitCodes.TLS, noTls.exitCode(), noTls.err());
    assertTrue(noTls.err().contains("the server refused TLS: AUTH TLS"), noTls.err());
  }

  @Test
  void trustOptionsAreChecked() {
    Result both = ferry("ls", "--insecure", "--ca-file=" + caFile, url("ftpes", explicit, ""));
    assertEquals(ExitCodes.USAGE, both.exitCode(), both.err());
    Result badPin = ferry("ls", "--trust-fingerprint=xyz", url("ftpes", explicit, ""));
    assertEquals(ExitCodes.USAGE, badPin.exitCode(), badPin.err());
    Result noFile = ferry("ls", "--ca-file=" + local.resolve("absent.pem"), url("ftpes", explicit, ""));
    assertEquals(ExitCodes.USAGE, noFile.exitCode(), noFile.err());
  }
}
