package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.tls.KeyMaterial;
import dev.ferry.ftp.tls.SelfSignedCertificate;
import dev.ferry.ftp.tls.ServerTlsContext;
import dev.ferry.ftp.tls.SessionReuse;
import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.apache.commons.net.ftp.FTPSClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server certificate that a verifying client must refuse: expired, or made for another host.
 * Each client fails in the handshake with a message that says why, and the server goes on serving
 * others, with nothing left behind.
 */
class FtpsCertificateErrorsE2ETest {
  @TempDir
  Path dir;

  @Test
  void anExpiredCertificateIsRefusedByCurlAndJsse() throws Exception {
    Clock yearsAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(800)), ZoneOffset.UTC);
    KeyMaterial expired = SelfSignedCertificate.forHosts("127.0.0.1")
        .withValidity(Duration.ofDays(30)).withClock(yearsAgo).generate();
    // JSSE does not check the validity of a trust anchor, and here the expired certificate is
    // its own anchor (a client that pins it): only curl (OpenSSL) refuses it.
    assertRefused(expired, "certificate has expired", null);
  }

  @Test
  void aCertificateForAnotherHostIsRefusedByCurlAndJsse() throws Exception {
    KeyMaterial otherHost = SelfSignedCertificate.forHosts("ftp.example.com").generate();
    assertRefused(otherHost, "ftp.example.com", "No subject alternative names matching");
  }

  private void assertRefused(KeyMaterial certificate, String curlSays, String jsseSays)
      throws Exception {
    ServerTlsContext keys = ServerTlsContext.create(() -> certificate);
    try (TestServer server = TestServer.start(builder -> builder
        .listener(ListenerConfig.loopback().withTls(Ftps.explicit(SessionReuse.WARN), keys))
        .listener(ListenerConfig.loopback().withTls(Ftps.explicit(SessionReuse.WARN),
            Ftps.KEYS)))) {
      int port = server.server().addresses().get(0).getPort();
      if (Ftps.installed("curl")) {
        certificate.writePem(dir.resolve("server.pem"), dir.resolve("server-key.pem"));
        Ftps.Result curl = Ftps.run(dir, List.of("curl", "-sS", "-v", "--ssl-reqd",
            "--cacert", "server.pem", "--max-time", "30", "-u", "alice:" + TestServer.PASSWORD,
            "ftp://127.0.0.1:" + port + "/"));
        assertEquals(60, curl.exitCode(), curl.output()); // CURLE_PEER_FAILED_VERIFICATION
        assertTrue(curl.output().contains(curlSays), curl.output());
      }
      FTPSClient jsse = new FTPSClient("TLS", false);
      jsse.setTrustManager(trusting(certificate));
      jsse.setEndpointCheckingEnabled(true);
      jsse.setConnectTimeout(5_000);
      jsse.setDefaultTimeout(10_000);
      if (jsseSays != null) {
        // Explicit FTPS: connect() sends AUTH TLS and shakes hands.
        SSLHandshakeException e = assertThrows(SSLHandshakeException.class,
            () -> jsse.connect("127.0.0.1", port));
        assertTrue(e.getMessage().contains(jsseSays), e.toString());
      }
      TestServer.disconnect(jsse);
      // Others are served, on the same listener and on another.
      FTPSClient good = Ftps.commonsNet(server.server().addresses().get(1).getPort(), false);
      assertTrue(good.sendNoOp(), good.getReplyString());
      TestServer.disconnect(good);
      server.assertIdle();
    }
  }

  /** A trust manager whose one anchor is the server's own certificate, as a pinned client has. */
  private static X509TrustManager trusting(KeyMaterial certificate) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setCertificateEntry("server", certificate.certificate());
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      return (X509TrustManager) factory.getTrustManagers()[0];
    } catch (java.security.GeneralSecurityException | IOException e) {
      throw new AssertionError(e);
    }
  }
}
