package dev.ferry.ftp.tls;

import static dev.ferry.ftp.tls.Endpoints.authTls;
import static dev.ferry.ftp.tls.Endpoints.readLine;
import static dev.ferry.ftp.tls.Endpoints.writeLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(60)
class ServerTlsContextTest {
  private static KeyMaterial fresh() {
    return TestPki.localhost(
        Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(1)));
  }

  private static X509Certificate serverCertificate(SSLSession session) throws Exception {
    return (X509Certificate) session.getPeerCertificates()[0];
  }

  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void reloadSwapsTheCertificateForNewConnectionsOnly(String protocol) throws Exception {
    KeyMaterial first = fresh();
    KeyMaterial second = fresh();
    AtomicReference<KeyMaterial> files = new AtomicReference<>(first);
    ServerTlsContext context = ServerTlsContext.create(files::get);
    SSLContext sslContext = context.sslContext();
    ServerTls server = ServerTls.create(context, Endpoints.policy(protocol));
    ClientTls client = Endpoints.client(Endpoints.policy(protocol));
    ClientTls otherClient = Endpoints.client(Endpoints.policy(protocol));
    try (Loopback controlPort = new Loopback();
        Loopback dataPort = new Loopback();
        Endpoints.Control before = authTls(controlPort, server, client, "localhost")) {
      assertEquals(first.certificate(), serverCertificate(before.client().getSession()));

      files.set(second);
      assertSame(second, context.reload());
      assertSame(second, context.keyMaterial());
      assertNotSame(sslContext, context.sslContext());

      try (Endpoints.Control after = authTls(controlPort, server, otherClient, "localhost")) {
        assertEquals(second.certificate(), serverCertificate(after.client().getSession()));
      }
      // The old connection goes on, and its data connections still resume its session.
      writeLine(before.client().getOutputStream(), "USER bob");
      assertEquals("USER bob", readLine(before.server().getInputStream()));
      SessionReuseTest.Transfer transfer =
          SessionReuseTest.transfer(
              server, client, before, dataPort, true, Endpoints.payload(5000, 7));
      assertTrue(SessionResumption.isResumption(before.server().getSession(), transfer.session()));
      assertEquals(first.certificate(), serverCertificate(transfer.clientSession()));
    }
  }

  @Test
  void reloadingTheSameCertificateKeepsTheContext() {
    KeyMaterial first = fresh();
    AtomicReference<KeyMaterial> next = new AtomicReference<>(first);
    ServerTlsContext context = ServerTlsContext.create(next::get);
    javax.net.ssl.SSLContext before = context.sslContext();
    assertSame(first, context.reload());
    assertSame(before, context.sslContext(), "same certificate, same ticket keys");
    for (int i = 0; i < ServerTlsContext.KEPT_GENERATIONS + 1; i++) {
      next.set(fresh());
      context.reload();
    }
    assertSame(next.get(), context.keyMaterial());
  }

  @Test
  void aFailedReloadKeepsTheOldMaterial() throws Exception {
    KeyMaterial first = fresh();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    ServerTlsContext context =
        ServerTlsContext.create(
            () -> {
              if (failure.get() != null) {
                throw failure.get();
              }
              return first;
            });
    failure.set(new TlsConfigurationException("/etc/ferry/key.pem: no such file"));
    TlsConfigurationException e = assertThrows(TlsConfigurationException.class, context::reload);
    assertEquals("/etc/ferry/key.pem: no such file", e.getMessage());
    assertSame(first, context.keyMaterial());
    ServerTls server = ServerTls.create(context, TlsPolicy.DEFAULT);
    try (Loopback port = new Loopback();
        Endpoints.Control control =
            authTls(port, server, Endpoints.client(TlsPolicy.DEFAULT), "127.0.0.1")) {
      assertEquals(first.certificate(), serverCertificate(control.client().getSession()));
    }
    assertTrue(context.toString().contains("CN=localhost"), context.toString());
  }

  @Test
  void aLoaderReturningNullIsAConfigurationError() {
    assertThrows(TlsConfigurationException.class, () -> ServerTlsContext.create(() -> null));
    AtomicReference<KeyMaterial> material = new AtomicReference<>(fresh());
    ServerTlsContext context = ServerTlsContext.create(material::get);
    material.set(null);
    assertThrows(TlsConfigurationException.class, context::reload);
    assertNotEquals(null, context.keyMaterial());
  }

  @Test
  void reloadsRsaAfterEcAndBack() throws Exception {
    KeyMaterial ec = fresh();
    KeyMaterial rsa =
        TestPki.leaf(
            TestPki.ca(),
            TestPki.rsa(),
            "CN=localhost",
            List.of("localhost"),
            Instant.now().minusSeconds(60),
            Instant.now().plus(Duration.ofDays(1)));
    AtomicReference<KeyMaterial> current = new AtomicReference<>(ec);
    ServerTlsContext context = ServerTlsContext.create(current::get);
    ServerTls server = ServerTls.create(context, TlsPolicy.DEFAULT);
    try (Loopback port = new Loopback()) {
      for (KeyMaterial next : List.of(rsa, ec, rsa)) {
        current.set(next);
        context.reload();
        try (Endpoints.Control control =
            authTls(port, server, Endpoints.client(TlsPolicy.DEFAULT), "localhost")) {
          assertEquals(next.certificate(), serverCertificate(control.client().getSession()));
        }
      }
    }
  }
}
