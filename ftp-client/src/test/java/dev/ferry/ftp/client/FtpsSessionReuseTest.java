package dev.ferry.ftp.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.tls.ClientTls;
import dev.ferry.ftp.tls.KeyMaterial;
import dev.ferry.ftp.tls.SelfSignedCertificate;
import dev.ferry.ftp.tls.TlsMode;
import dev.ferry.ftp.tls.TlsPolicy;
import dev.ferry.ftp.tls.TrustSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Data-connection session reuse against servers that require it, on TLS 1.2 and 1.3, explicit and
 * implicit: several uploads, downloads and listings in a row on one control connection. The client
 * is strict ({@code SessionReuse.REQUIRE}), so every data connection that does not resume fails
 * here, on the client. And the certificate checks: expired, wrong host, pinned.
 */
class FtpsSessionReuseTest {
  private static final int ROUNDS = 3;

  @TempDir Path local;

  /** Starts a server for a client; may abort (skip) when the server cannot be prepared. */
  interface Server {
    ServerUnderTest start(ClientTls tls, Path root) throws Exception;
  }

  static Stream<Arguments> servers() {
    Server ferry = (tls, root) -> FerryServer.start(root, tls.policy().mode());
    Server vsftpd = (tls, root) -> ExternalServer.vsftpd(tls);
    Server proftpd = (tls, root) -> ExternalServer.proftpd(tls);
    return Stream.of(
        Arguments.of("Ferry", ferry, TlsMode.EXPLICIT, "TLSv1.2", true),
        Arguments.of("Ferry", ferry, TlsMode.IMPLICIT, "TLSv1.3", true),
        Arguments.of("vsftpd", vsftpd, TlsMode.EXPLICIT, "TLSv1.2", true),
        Arguments.of("vsftpd", vsftpd, TlsMode.IMPLICIT, "TLSv1.2", true),
        // vsftpd 3.0.3 truncates TLS 1.3 uploads whatever the client (issue 8).
        Arguments.of("vsftpd", vsftpd, TlsMode.EXPLICIT, "TLSv1.3", false),
        Arguments.of("ProFTPD", proftpd, TlsMode.EXPLICIT, "TLSv1.2", true),
        Arguments.of("ProFTPD", proftpd, TlsMode.IMPLICIT, "TLSv1.2", true),
        Arguments.of("ProFTPD", proftpd, TlsMode.EXPLICIT, "TLSv1.3", false));
  }

  @ParameterizedTest(name = "{0} {2} {3}")
  @MethodSource("servers")
  void everyDataConnectionResumes(
      String name, Server start, TlsMode mode, String protocol, boolean uploads) throws Exception {
    ClientTls tls = TestTls.client(mode, protocol);
    try (ServerUnderTest server = start.start(tls, Files.createTempDirectory("ferry-reuse"));
        FtpSession ftp = FtpClient.connect(server.config().tls(tls).build())) {
      assertEquals(protocol, ftp.tlsSession().orElseThrow().getProtocol());
      String dir = RemotePaths.join(server.home(), "reuse");
      ftp.createDirectories(dir);
      byte[] content = new byte[300_000];
      new Random(4217).nextBytes(content);
      String remote = RemotePaths.join(dir, "seed.bin");
      if (uploads) {
        for (int i = 0; i < ROUNDS; i++) {
          try (OutputStream out = ftp.store(RemotePaths.join(dir, "up" + i + ".bin"))) {
            out.write(content);
          }
        }
        assertArrayEquals(content, Files.readAllBytes(server.localHome().resolve("reuse/up2.bin")));
      } else {
        Files.write(server.localHome().resolve("reuse/seed.bin"), content);
      }
      if (uploads) {
        remote = RemotePaths.join(dir, "up0.bin");
      }
      for (int i = 0; i < ROUNDS; i++) {
        try (InputStream in = ftp.retrieve(remote)) {
          assertArrayEquals(content, in.readAllBytes());
        }
        assertEquals(uploads ? ROUNDS : 1, ftp.list(dir).size());
      }
    }
  }

  @Test
  void anExpiredCertificateFailsClearly() throws Exception {
    Instant lastYear = Instant.now().minus(Duration.ofDays(400));
    KeyMaterial expired =
        SelfSignedCertificate.forHosts("127.0.0.1")
            .withValidity(Duration.ofDays(30))
            .withClock(Clock.fixed(lastYear, ZoneOffset.UTC))
            .generate();
    SSLHandshakeException e = handshakeFailure(expired, "127.0.0.1");
    assertTrue(e.getMessage().contains("expired on"), e.getMessage());
  }

  @Test
  void aCertificateForAnotherHostFailsClearly() throws Exception {
    KeyMaterial other = SelfSignedCertificate.forHosts("ftp.example.org").generate();
    SSLHandshakeException e = handshakeFailure(other, "127.0.0.1");
    assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
  }

  @Test
  void aPinnedFingerprintIsTrustedWhateverItNames() throws Exception {
    KeyMaterial other = SelfSignedCertificate.forHosts("ftp.example.org").generate();
    try (FerryServer server = FerryServer.start(local, TlsMode.EXPLICIT, other)) {
      ClientTls pinned =
          ClientTls.create(TrustSource.pinnedFingerprint(other.fingerprint()), TlsPolicy.DEFAULT);
      try (FtpSession ftp = FtpClient.connect(server.config().tls(pinned).build())) {
        assertEquals(List.of(), ftp.list("/"));
      }
    }
  }

  /** The client trusts the certificate itself, so only its dates or its names can fail it. */
  private SSLHandshakeException handshakeFailure(KeyMaterial keys, String host) throws IOException {
    try (FerryServer server = FerryServer.start(local, TlsMode.EXPLICIT, keys)) {
      ClientTls tls =
          ClientTls.create(TrustSource.of(List.of(keys.certificate())), TlsPolicy.DEFAULT);
      FtpClientConfig config = server.config().tls(tls).build();
      assertEquals(host, config.host());
      return assertThrows(SSLHandshakeException.class, () -> FtpClient.connect(config));
    }
  }
}
