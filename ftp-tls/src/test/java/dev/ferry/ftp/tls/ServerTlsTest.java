package dev.ferry.ftp.tls;

import static dev.ferry.ftp.tls.Endpoints.authTls;
import static dev.ferry.ftp.tls.Endpoints.readLine;
import static dev.ferry.ftp.tls.Endpoints.writeLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server side: upgrade, implicit wrap, read-ahead, and peers that are not TLS clients. */
@Timeout(60)
class ServerTlsTest {
  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void explicitUpgradeOfAPlainConnection(String protocol) throws Exception {
    ServerTls server = Endpoints.server(Endpoints.policy(protocol));
    try (Loopback port = new Loopback();
        Endpoints.Control control =
            authTls(port, server, Endpoints.client(Endpoints.policy(protocol)), "localhost")) {
      assertEquals(protocol, control.client().getSession().getProtocol());
      assertTrue(
          TlsPolicy.DEFAULT
              .cipherSuites()
              .contains(control.server().getSession().getCipherSuite()));
      writeLine(control.server().getOutputStream(), "230 Logged in");
      assertEquals("230 Logged in", readLine(control.client().getInputStream()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void implicitFtpsStartsTlsWithTheFirstByte(String protocol) throws Exception {
    TlsPolicy policy = Endpoints.policy(protocol).toBuilder().mode(TlsMode.IMPLICIT).build();
    ServerTls server = Endpoints.server(policy);
    try (Loopback port = new Loopback()) {
      Future<String> served =
          port.acceptOne(
              plain -> {
                SSLSocket tls = server.acceptImplicit(plain);
                writeLine(tls.getOutputStream(), "220 Ferry over implicit TLS");
                String command = readLine(tls.getInputStream());
                ServerTls.closePromptly(tls);
                return command;
              });
      SSLSocket client = Endpoints.client(policy).upgradeControl(port.connect(), "127.0.0.1");
      assertEquals("220 Ferry over implicit TLS", readLine(client.getInputStream()));
      writeLine(client.getOutputStream(), "QUIT");
      assertEquals("QUIT", served.get(20, TimeUnit.SECONDS));
      assertEquals(protocol, client.getSession().getProtocol());
      ServerTls.closePromptly(client);
    }
  }

  @Test
  void bytesTheServerAlreadyReadAreReplayedIntoTheHandshake() throws Exception {
    ServerTls server = Endpoints.server(TlsPolicy.DEFAULT);
    try (Loopback port = new Loopback()) {
      Future<String> served =
          port.acceptOne(
              plain -> {
                assertEquals("AUTH TLS", readLine(plain.getInputStream()));
                writeLine(plain.getOutputStream(), "234 Proceed");
                // As a buffered control reader would: it has consumed the record header already.
                byte[] readAhead = plain.getInputStream().readNBytes(5);
                SSLSocket tls = server.upgradeControl(plain, readAhead);
                String line = readLine(tls.getInputStream());
                ServerTls.closePromptly(tls);
                return line;
              });
      Socket plain = port.connect();
      writeLine(plain.getOutputStream(), "AUTH TLS");
      assertEquals("234 Proceed", readLine(plain.getInputStream()));
      SSLSocket client = Endpoints.client(TlsPolicy.DEFAULT).upgradeControl(plain, "localhost");
      writeLine(client.getOutputStream(), "PBSZ 0");
      assertEquals("PBSZ 0", served.get(20, TimeUnit.SECONDS));
      ServerTls.closePromptly(client);
    }
  }

  @Test
  void aPlainTextClientOnAnImplicitPortGetsAClearError() throws Exception {
    ServerTls server = Endpoints.server(TlsPolicy.DEFAULT);
    try (Loopback port = new Loopback()) {
      Future<SSLSocket> served = port.acceptOne(server::acceptImplicit);
      Socket plain = port.connect();
      writeLine(plain.getOutputStream(), "USER anonymous");
      Throwable e = failure(served);
      assertInstanceOf(SSLHandshakeException.class, e);
      assertTrue(
          e.getMessage().contains("sent 'U' where a TLS handshake must start"), e.getMessage());
      assertTrue(e.getMessage().contains("plain-text FTP client"), e.getMessage());
      assertEquals(-1, plain.getInputStream().read(), "the server closed the connection");
    }
  }

  @Test
  void aBinaryNonTlsClientIsShownInHex() throws Exception {
    ServerTls server = Endpoints.server(TlsPolicy.DEFAULT);
    try (Loopback port = new Loopback()) {
      Future<SSLSocket> served =
          port.acceptOne(plain -> server.upgradeControl(plain, new byte[] {(byte) 0x80, 1}));
      port.connect().close();
      assertTrue(failure(served).getMessage().contains("sent 0x80 where"));
    }
  }

  @Test
  void aClientThatLeavesBeforeTheHandshake() throws Exception {
    ServerTls server = Endpoints.server(TlsPolicy.DEFAULT);
    try (Loopback port = new Loopback()) {
      Future<SSLSocket> served = port.acceptOne(server::acceptImplicit);
      port.connect().close();
      assertTrue(
          failure(served)
              .getMessage()
              .contains("closed the connection instead of starting the TLS handshake"));
    }
  }

  @Test
  void aStalledHandshakeIsCutOffAtTheDeadline() throws Exception {
    ServerTls server =
        Endpoints.server(TlsPolicy.DEFAULT).withHandshakeTimeout(Duration.ofMillis(300));
    assertEquals(Duration.ofMillis(300), server.handshakeTimeout());
    try (Loopback port = new Loopback();
        Socket silent = port.connect()) {
      long start = System.nanoTime();
      Future<SSLSocket> served = port.acceptOne(server::acceptImplicit);
      Throwable e = failure(served);
      long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
      assertInstanceOf(SocketTimeoutException.class, e);
      assertTrue(
          e.getMessage()
              .matches("TLS handshake with /127\\.0\\.0\\.1:\\d+ did not complete within 300 ms"),
          e.getMessage());
      assertTrue(elapsedMillis < 10_000, elapsedMillis + " ms");
      assertEquals(-1, silent.getInputStream().read(), "the server closed the connection");
    }
  }

  @Test
  void aTricklingHandshakeIsCutOffAtTheDeadlineToo() throws Exception {
    ServerTls server =
        Endpoints.server(TlsPolicy.DEFAULT).withHandshakeTimeout(Duration.ofMillis(500));
    try (Loopback port = new Loopback();
        Socket slow = port.connect()) {
      Future<SSLSocket> served = port.acceptOne(server::acceptImplicit);
      OutputStream out = slow.getOutputStream();
      // A TLS record header for a 512-byte handshake record, then one byte every 100 ms.
      out.write(new byte[] {22, 3, 1, 2, 0});
      Throwable e = null;
      for (int i = 0; i < 100 && e == null; i++) {
        try {
          out.write(1);
          out.flush();
        } catch (java.io.IOException closed) {
          break;
        }
        Thread.sleep(100);
        if (served.isDone()) {
          e = failure(served);
        }
      }
      e = e != null ? e : failure(served);
      assertInstanceOf(SocketTimeoutException.class, e);
    }
  }

  @Test
  void aClientSpeakingTlsToAPlainServerFails() throws Exception {
    try (Loopback port = new Loopback()) {
      port.acceptOne(
          plain -> {
            writeLine(plain.getOutputStream(), "220 plain FTP here");
            return null;
          });
      ClientTls client = Endpoints.client(TlsPolicy.DEFAULT);
      Socket plain = port.connect();
      assertThrows(
          javax.net.ssl.SSLException.class, () -> client.upgradeControl(plain, "localhost"));
      assertTrue(plain.isClosed());
    }
  }

  @Test
  void offPolicyAndBadTimeoutsAreRefused() {
    ServerTlsContext keys = ServerTlsContext.create(TestPki::localhost);
    TlsConfigurationException e =
        assertThrows(
            TlsConfigurationException.class, () -> ServerTls.create(keys, TlsPolicy.DISABLED));
    assertTrue(e.getMessage().startsWith("TlsPolicy.mode"), e.getMessage());
    ServerTls server = ServerTls.create(keys, TlsPolicy.DEFAULT);
    assertThrows(IllegalArgumentException.class, () -> server.withHandshakeTimeout(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class, () -> server.withHandshakeTimeout(Duration.ofSeconds(-1)));
    assertEquals(TlsPolicy.DEFAULT, server.policy());
    assertTrue(server.toString().contains("handshakeTimeout=PT15S"), server.toString());
  }

  @Test
  void aFixedContextMadeElsewhereWorksAndDataFallsBackToIt() throws Exception {
    SSLContext context = ServerTlsContext.create(TestPki::localhost).sslContext();
    ServerTls server = ServerTls.create(context, TlsPolicy.DEFAULT);
    ClientTls client = Endpoints.client(TlsPolicy.DEFAULT);
    try (Loopback controlPort = new Loopback();
        Loopback dataPort = new Loopback();
        Endpoints.Control control = authTls(controlPort, server, client, "localhost")) {
      // A control session ServerTls did not make (no context recorded): the current one is used.
      javax.net.ssl.SSLSession foreign = control.client().getSession();
      Future<SSLSocket> served = dataPort.acceptOne(plain -> server.secureData(plain, foreign));
      try (TlsDataConnection data = client.secureData(dataPort.connect(), control.client())) {
        SSLSocket accepted = served.get(20, TimeUnit.SECONDS);
        accepted.getOutputStream().write("hello".getBytes(StandardCharsets.US_ASCII));
        ServerTls.closePromptly(accepted);
        InputStream in = data.inputStream();
        assertEquals("hello", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
      }
    }
  }

  @Test
  void closePromptlyIgnoresAClosedSocket() throws Exception {
    SSLSocket socket = (SSLSocket) javax.net.ssl.SSLSocketFactory.getDefault().createSocket();
    socket.close();
    ServerTls.closePromptly(socket);
    assertTrue(socket.isClosed());
  }

  static Throwable failure(Future<?> future) throws InterruptedException {
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> future.get(20, TimeUnit.SECONDS));
    return e.getCause();
  }

  /**
   * A complete download ends with close_notify alone (JSSE's {@code close()} would put {@code
   * user_canceled} before it on TLS 1.3), and the server waits for the client's end: the client
   * reads a clean end of stream, and the server returns as soon as the client closes.
   */
  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void closeGracefullyEndsWithCloseNotifyAndWaitsForThePeer(String protocol) throws Exception {
    TlsPolicy policy = Endpoints.policy(protocol).toBuilder().mode(TlsMode.IMPLICIT).build();
    ServerTls server = Endpoints.server(policy);
    try (Loopback port = new Loopback()) {
      Future<Long> served =
          port.acceptOne(
              plain -> {
                SSLSocket tls = server.acceptImplicit(plain);
                writeLine(tls.getOutputStream(), "the whole file");
                long start = System.nanoTime();
                ServerTls.closeGracefully(tls, Duration.ofSeconds(30));
                assertTrue(tls.isClosed());
                plain.close();
                return System.nanoTime() - start;
              });
      SSLSocket client = Endpoints.client(policy).upgradeControl(port.connect(), "127.0.0.1");
      assertEquals("the whole file", readLine(client.getInputStream()));
      assertEquals(-1, client.getInputStream().read(), "close_notify, no alert");
      client.close();
      assertTrue(served.get(20, TimeUnit.SECONDS) < TimeUnit.SECONDS.toNanos(20));
      ServerTls.closeGracefully(client, Duration.ofMillis(1));
    }
  }

  @Test
  void closeGracefullyGivesUpOnAPeerThatNeverCloses() throws Exception {
    TlsPolicy policy = TlsPolicy.DEFAULT.toBuilder().mode(TlsMode.IMPLICIT).build();
    ServerTls server = Endpoints.server(policy);
    try (Loopback port = new Loopback()) {
      Future<Boolean> served =
          port.acceptOne(
              plain -> {
                SSLSocket tls = server.acceptImplicit(plain);
                writeLine(tls.getOutputStream(), "data");
                ServerTls.closeGracefully(tls, Duration.ofMillis(200));
                plain.close();
                return tls.isClosed();
              });
      SSLSocket client = Endpoints.client(policy).upgradeControl(port.connect(), "127.0.0.1");
      assertEquals("data", readLine(client.getInputStream()));
      assertTrue(served.get(20, TimeUnit.SECONDS));
      ServerTls.closePromptly(client);
    }
  }

  @Test
  void clientCertificatesNeedTrustedIssuers() {
    ServerTlsContext withoutTrust = ServerTlsContext.create(TestPki::localhost);
    TlsPolicy wanting = TlsPolicy.DEFAULT.toBuilder().clientAuth(ClientAuth.OPTIONAL).build();
    TlsConfigurationException e =
        assertThrows(
            TlsConfigurationException.class, () -> ServerTls.create(withoutTrust, wanting));
    assertTrue(e.getMessage().startsWith("TlsPolicy.clientAuth: OPTIONAL"), e.getMessage());
    ServerTlsContext withTrust =
        ServerTlsContext.create(
            TestPki::localhost, TrustSource.of(List.of(TestPki.ca().certificate())));
    assertEquals(ClientAuth.OPTIONAL, ServerTls.create(withTrust, wanting).policy().clientAuth());
  }
}
