package dev.ferry.ftp.tls;

import static dev.ferry.ftp.tls.Endpoints.readLine;
import static dev.ferry.ftp.tls.Endpoints.writeLine;
import static dev.ferry.ftp.tls.ServerTlsTest.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateExpiredException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The client side: certificate checks, trust choices, client certificates, deadlines. */
@Timeout(60)
class ClientTlsTest {
  /**
   * Runs an implicit-FTPS server for one connection and connects {@code client} as {@code host}.
   */
  private static SSLSocket connect(ServerTls server, ClientTls client, String host, Loopback port)
      throws Exception {
    Future<SSLSocket> served = port.acceptOne(server::acceptImplicit);
    SSLSocket socket = client.upgradeControl(port.connect(), host);
    SSLSocket accepted = served.get(20, TimeUnit.SECONDS);
    writeLine(accepted.getOutputStream(), "220 ready");
    assertEquals("220 ready", readLine(socket.getInputStream()));
    ServerTls.closePromptly(accepted);
    return socket;
  }

  private static <T extends Throwable> T rootCause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in the causes of " + e, e);
  }

  @Test
  void theCertificateMustNameTheHostTheUserGave() throws Exception {
    ServerTls server = Endpoints.server(TlsPolicy.DEFAULT);
    ClientTls client = Endpoints.client(TlsPolicy.DEFAULT);
    try (Loopback port = new Loopback()) {
      ServerTls.closePromptly(connect(server, client, "localhost", port));
      ServerTls.closePromptly(connect(server, client, "127.0.0.1", port));
      port.acceptOne(server::acceptImplicit);
      Socket plain = port.connect();
      SSLHandshakeException e =
          assertThrows(
              SSLHandshakeException.class, () -> client.upgradeControl(plain, "ftp.other.example"));
      assertTrue(e.getMessage().contains("ftp.other.example"), e.getMessage());
      assertTrue(plain.isClosed());
    }
  }

  @Test
  void anExpiredServerCertificateIsRejected() throws Exception {
    Instant now = Instant.now();
    KeyMaterial expired =
        TestPki.localhost(now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)));
    ServerTls server = ServerTls.create(ServerTlsContext.create(() -> expired), TlsPolicy.DEFAULT);
    try (Loopback port = new Loopback()) {
      port.acceptOne(server::acceptImplicit);
      SSLHandshakeException e =
          assertThrows(
              SSLHandshakeException.class,
              () ->
                  Endpoints.client(TlsPolicy.DEFAULT).upgradeControl(port.connect(), "localhost"));
      rootCause(e, CertificateExpiredException.class);
    }
  }

  @Test
  void anExpiredCertificateTrustedItselfIsRejectedToo() throws Exception {
    // JSSE skips the dates of a trust anchor; a trusted self-signed server certificate is one.
    Instant lastYear = Instant.now().minus(Duration.ofDays(400));
    KeyMaterial expired =
        SelfSignedCertificate.forHosts("localhost")
            .withValidity(Duration.ofDays(30))
            .withClock(Clock.fixed(lastYear, ZoneOffset.UTC))
            .generate();
    ServerTls server = ServerTls.create(ServerTlsContext.create(() -> expired), TlsPolicy.DEFAULT);
    try (Loopback port = new Loopback()) {
      port.acceptOne(server::acceptImplicit);
      ClientTls client =
          ClientTls.create(TrustSource.of(List.of(expired.certificate())), TlsPolicy.DEFAULT);
      SSLHandshakeException e =
          assertThrows(
              SSLHandshakeException.class, () -> client.upgradeControl(port.connect(), "localhost"));
      assertTrue(rootCause(e, CertificateExpiredException.class).getMessage().contains("expired on"));
    }
  }

  @Test
  void anUntrustedCertificateIsRejectedAndAPinTrustsIt() throws Exception {
    KeyMaterial selfSigned = SelfSignedCertificate.forHosts("ftp.example.com").generate();
    ServerTls server =
        ServerTls.create(ServerTlsContext.create(() -> selfSigned), TlsPolicy.DEFAULT);
    try (Loopback port = new Loopback()) {
      port.acceptOne(server::acceptImplicit);
      SSLHandshakeException e =
          assertThrows(
              SSLHandshakeException.class,
              () ->
                  ClientTls.create(TrustSource.system(), TlsPolicy.DEFAULT)
                      .upgradeControl(port.connect(), "localhost"));
      assertTrue(e.getMessage().contains("PKIX path building failed"), e.getMessage());

      // Pinned: no issuer and no host-name check, so 127.0.0.1 is fine for a cert naming another
      // host.
      ClientTls pinned =
          ClientTls.create(
              TrustSource.pinnedFingerprint(selfSigned.fingerprint()), TlsPolicy.DEFAULT);
      ServerTls.closePromptly(connect(server, pinned, "127.0.0.1", port));
      ClientTls wrongPin =
          ClientTls.create(
              TrustSource.pinnedFingerprint(TestPki.localhost().fingerprint()), TlsPolicy.DEFAULT);
      port.acceptOne(server::acceptImplicit);
      SSLHandshakeException pinError =
          assertThrows(
              SSLHandshakeException.class,
              () -> wrongPin.upgradeControl(port.connect(), "127.0.0.1"));
      assertTrue(pinError.getMessage().contains("which is not pinned"), pinError.getMessage());

      ClientTls anything = ClientTls.create(TrustSource.insecureTrustAll(), TlsPolicy.DEFAULT);
      ServerTls.closePromptly(connect(server, anything, "127.0.0.1", port));
    }
  }

  @Test
  void clientCertificatesRequiredOrOptional() throws Exception {
    KeyMaterial alice =
        TestPki.leaf(
            TestPki.ca(),
            TestPki.generate("EC"),
            "CN=alice",
            List.of(),
            Instant.now().minusSeconds(60),
            Instant.now().plus(Duration.ofDays(1)));
    TrustSource clientCas = TrustSource.of(List.of(TestPki.ca().certificate()));
    ServerTlsContext keys = ServerTlsContext.create(TestPki::localhost, clientCas);
    TrustSource serverCas = TrustSource.of(List.of(TestPki.ca().certificate()));
    ClientTls withCertificate = ClientTls.create(serverCas, alice, TlsPolicy.DEFAULT);
    ClientTls withoutCertificate = ClientTls.create(serverCas, TlsPolicy.DEFAULT);
    for (String protocol : List.of("TLSv1.2", "TLSv1.3")) {
      TlsPolicy required =
          Endpoints.policy(protocol).toBuilder().clientAuth(ClientAuth.REQUIRED).build();
      TlsPolicy optional =
          Endpoints.policy(protocol).toBuilder().clientAuth(ClientAuth.OPTIONAL).build();
      try (Loopback port = new Loopback()) {
        Future<SSLSocket> served = port.acceptOne(ServerTls.create(keys, required)::acceptImplicit);
        SSLSocket client = withCertificate.upgradeControl(port.connect(), "localhost");
        SSLSocket accepted = served.get(20, TimeUnit.SECONDS);
        assertEquals(alice.certificate(), accepted.getSession().getPeerCertificates()[0]);
        ServerTls.closePromptly(client);
        ServerTls.closePromptly(accepted);

        Future<SSLSocket> refused =
            port.acceptOne(ServerTls.create(keys, required)::acceptImplicit);
        Socket plain = port.connect();
        try {
          SSLSocket socket = withoutCertificate.upgradeControl(plain, "localhost");
          // TLS 1.3: the client finishes first and learns of the refusal on its first read.
          assertThrows(java.io.IOException.class, () -> socket.getInputStream().read());
        } catch (java.io.IOException expected) {
          // TLS 1.2, or TLS 1.3 when the refusal arrives in time: the client's handshake fails.
        }
        assertInstanceOf(SSLHandshakeException.class, failure(refused));

        Future<SSLSocket> allowed =
            port.acceptOne(ServerTls.create(keys, optional)::acceptImplicit);
        SSLSocket anonymous = withoutCertificate.upgradeControl(port.connect(), "localhost");
        SSLSocket acceptedAnonymous = allowed.get(20, TimeUnit.SECONDS);
        assertThrows(
            SSLPeerUnverifiedException.class,
            () -> acceptedAnonymous.getSession().getPeerCertificates());
        ServerTls.closePromptly(anonymous);
        ServerTls.closePromptly(acceptedAnonymous);
      }
    }
  }

  @Test
  void noCommonProtocolFailsOnBothSides() throws Exception {
    ServerTls server = Endpoints.server(Endpoints.policy("TLSv1.2"));
    try (Loopback port = new Loopback()) {
      Future<SSLSocket> served = port.acceptOne(server::acceptImplicit);
      assertThrows(
          SSLHandshakeException.class,
          () -> Endpoints.client(TlsPolicy.MODERN).upgradeControl(port.connect(), "localhost"));
      assertInstanceOf(SSLHandshakeException.class, failure(served));
    }
  }

  @Test
  void aServerThatNeverAnswersIsCutOffAtTheDeadline() throws Exception {
    ClientTls client =
        Endpoints.client(TlsPolicy.DEFAULT).withHandshakeTimeout(Duration.ofMillis(300));
    assertEquals(Duration.ofMillis(300), client.handshakeTimeout());
    try (Loopback port = new Loopback()) {
      port.acceptOne(
          accepted -> {
            Thread.sleep(10_000);
            return null;
          });
      long start = System.nanoTime();
      SocketTimeoutException e =
          assertThrows(
              SocketTimeoutException.class,
              () -> client.upgradeControl(port.connect(), "localhost"));
      assertTrue(e.getMessage().contains("did not complete within 300 ms"), e.getMessage());
      assertTrue(System.nanoTime() - start < 10_000_000_000L);
    }
  }

  @Test
  void aContextMadeElsewhereChecksHostNames() throws Exception {
    SSLContext context = SSLContext.getInstance("TLS");
    javax.net.ssl.TrustManagerFactory factory =
        javax.net.ssl.TrustManagerFactory.getInstance(
            javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
    java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("ca", TestPki.ca().certificate());
    factory.init(store);
    context.init(null, factory.getTrustManagers(), null);
    ClientTls client = ClientTls.create(context, TlsPolicy.DEFAULT);
    assertEquals(TlsPolicy.DEFAULT, client.policy());
    assertTrue(client.toString().startsWith("ClientTls["));
    ServerTls server = Endpoints.server(TlsPolicy.DEFAULT);
    try (Loopback port = new Loopback()) {
      ServerTls.closePromptly(connect(server, client, "localhost", port));
      port.acceptOne(server::acceptImplicit);
      assertThrows(
          SSLHandshakeException.class,
          () -> client.upgradeControl(port.connect(), "other.example"));
    }
    assertThrows(IllegalArgumentException.class, () -> client.withHandshakeTimeout(Duration.ZERO));
  }

  @Test
  void aServerThatPresentsNoMatchingSuiteIsRefused() throws Exception {
    // An RSA-only server and a client that offers only ECDSA suites on TLS 1.2: no common suite.
    KeyMaterial rsa =
        TestPki.leaf(
            TestPki.ca(),
            TestPki.rsa(),
            "CN=localhost",
            List.of("localhost"),
            Instant.now().minusSeconds(60),
            Instant.now().plus(Duration.ofDays(1)));
    ServerTls server =
        ServerTls.create(ServerTlsContext.create(() -> rsa), Endpoints.policy("TLSv1.2"));
    TlsPolicy ecdsaOnly =
        TlsPolicy.builder()
            .protocols("TLSv1.2")
            .cipherSuites("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256")
            .build();
    try (Loopback port = new Loopback()) {
      Future<SSLSocket> served = port.acceptOne(server::acceptImplicit);
      assertThrows(
          SSLHandshakeException.class,
          () -> Endpoints.client(ecdsaOnly).upgradeControl(port.connect(), "localhost"));
      assertTrue(failure(served).getMessage().contains("no cipher suites in common"));
    }
  }
}
