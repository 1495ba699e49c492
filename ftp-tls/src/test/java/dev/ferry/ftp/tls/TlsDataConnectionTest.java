package dev.ferry.ftp.tls;

import static dev.ferry.ftp.tls.Endpoints.authTls;
import static dev.ferry.ftp.tls.Endpoints.payload;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The client's SSLEngine-driven data connection at its edges: stream API, closes, failures. */
@Timeout(60)
class TlsDataConnectionTest {
  private Loopback controlPort;
  private Loopback dataPort;

  @BeforeEach
  void listen() throws IOException {
    controlPort = new Loopback();
    dataPort = new Loopback();
  }

  @AfterEach
  void stop() throws IOException {
    controlPort.close();
    dataPort.close();
  }

  /** What the server does with one secured data connection. */
  @FunctionalInterface
  private interface DataHandler<T> {
    T handle(SSLSocket tls) throws Exception;
  }

  /** Accepts the next data connection, secures it, and runs {@code serverSide} on it. */
  private <T> Future<T> serve(
      ServerTls server, Endpoints.Control control, DataHandler<T> serverSide) {
    return dataPort.acceptOne(
        plain -> serverSide.handle(server.secureData(plain, control.server().getSession())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void byteAtATimeAndBulkStreamsCarryEveryByte(String protocol) throws Exception {
    ServerTls server = Endpoints.server(Endpoints.policy(protocol));
    ClientTls client = Endpoints.client(Endpoints.policy(protocol));
    byte[] data = payload(2_000_000, 11);
    try (Endpoints.Control control = authTls(controlPort, server, client, "localhost")) {
      // Download, read with every read() flavour.
      Future<Void> sender =
          serve(
              server,
              control,
              tls -> {
                tls.getOutputStream().write(data);
                ServerTls.closePromptly(tls);
                return null;
              });
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      try (TlsDataConnection connection = client.secureData(dataPort.connect(), control.client())) {
        InputStream in = connection.inputStream();
        assertEquals(0, in.read(new byte[4], 0, 0));
        received.write(in.read());
        byte[] chunk = new byte[7777];
        for (int n = in.read(chunk, 0, chunk.length); n >= 0; n = in.read(chunk, 0, chunk.length)) {
          received.write(chunk, 0, n);
        }
        assertEquals(-1, in.read());
        assertThrows(IndexOutOfBoundsException.class, () -> in.read(chunk, 7000, 1000));
      }
      sender.get(20, TimeUnit.SECONDS);
      assertArrayEquals(data, received.toByteArray());

      // Upload, written with write(int) and large writes; close() through the stream.
      Future<byte[]> receiver =
          serve(
              server,
              control,
              tls -> {
                byte[] all = tls.getInputStream().readAllBytes();
                ServerTls.closePromptly(tls);
                return all;
              });
      TlsDataConnection upload = client.secureData(dataPort.connect(), control.client());
      OutputStream out = upload.outputStream();
      out.write(data[0]);
      out.write(data, 1, data.length - 1);
      out.flush();
      assertThrows(IndexOutOfBoundsException.class, () -> out.write(data, -1, 2));
      out.close();
      assertArrayEquals(data, receiver.get(20, TimeUnit.SECONDS));
      upload.close();
    }
  }

  /** TLS 1.3 only: in TLS 1.2 a close_notify closes both directions (RFC 5246 §7.2.1). */
  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.3"})
  void halfCloseLetsTheServerAnswerAfterTheUpload(String protocol) throws Exception {
    ServerTls server = Endpoints.server(Endpoints.policy(protocol));
    ClientTls client = Endpoints.client(Endpoints.policy(protocol));
    try (Endpoints.Control control = authTls(controlPort, server, client, "localhost")) {
      Future<Void> echo =
          serve(
              server,
              control,
              tls -> {
                byte[] request = tls.getInputStream().readAllBytes();
                tls.getOutputStream().write(("got " + request.length).getBytes());
                ServerTls.closePromptly(tls);
                return null;
              });
      try (TlsDataConnection connection = client.secureData(dataPort.connect(), control.client())) {
        connection.outputStream().write(new byte[1234]);
        connection.shutdownOutput();
        IOException e = assertThrows(IOException.class, () -> connection.outputStream().write(1));
        assertTrue(e.getMessage().contains("closed for writing"), e.getMessage());
        assertEquals("got 1234", new String(connection.inputStream().readAllBytes()));
      }
      echo.get(20, TimeUnit.SECONDS);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void aServerThatDropsTcpWithoutCloseNotifyEndsTheStream(String protocol) throws Exception {
    ServerTls server = Endpoints.server(Endpoints.policy(protocol));
    ClientTls client = Endpoints.client(Endpoints.policy(protocol));
    Socket[] rawServerSide = new Socket[1];
    try (Endpoints.Control control = authTls(controlPort, server, client, "localhost")) {
      Future<Void> rude =
          dataPort.acceptOne(
              plain -> {
                rawServerSide[0] = plain;
                SSLSocket tls = server.secureData(plain, control.server().getSession());
                tls.getOutputStream().write("partial".getBytes());
                tls.getOutputStream().flush();
                plain.shutdownOutput(); // FIN without close_notify
                return null;
              });
      try (TlsDataConnection connection = client.secureData(dataPort.connect(), control.client())) {
        rude.get(20, TimeUnit.SECONDS);
        assertEquals("partial", new String(connection.inputStream().readAllBytes()));
        assertEquals(-1, connection.inputStream().read());
      }
      rawServerSide[0].close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void abortFromAnotherThreadUnblocksARead(String protocol) throws Exception {
    ServerTls server = Endpoints.server(Endpoints.policy(protocol));
    ClientTls client = Endpoints.client(Endpoints.policy(protocol));
    try (Endpoints.Control control = authTls(controlPort, server, client, "localhost")) {
      Future<SSLSocket> silent = serve(server, control, tls -> tls);
      TlsDataConnection connection = client.secureData(dataPort.connect(), control.client());
      Thread.ofVirtual()
          .start(
              () -> {
                try {
                  Thread.sleep(200);
                } catch (InterruptedException e) {
                  return;
                }
                connection.abort();
              });
      assertThrows(SocketException.class, () -> connection.inputStream().read());
      connection.abort();
      connection.close();
      ServerTls.closePromptly(silent.get(20, TimeUnit.SECONDS));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void closeWaitsForASilentServerOnlyUntilTheTimeout(String protocol) throws Exception {
    ServerTls server = Endpoints.server(Endpoints.policy(protocol));
    ClientTls client =
        Endpoints.client(Endpoints.policy(protocol)).withHandshakeTimeout(Duration.ofMillis(300));
    try (Endpoints.Control control =
        authTls(controlPort, server, Endpoints.client(Endpoints.policy(protocol)), "localhost")) {
      // The server reads nothing and never closes.
      Future<SSLSocket> silent = serve(server, control, tls -> tls);
      TlsDataConnection connection = client.secureData(dataPort.connect(), control.client());
      SSLSocket accepted = silent.get(20, TimeUnit.SECONDS);
      long start = System.nanoTime();
      connection.close();
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < 5_000, millis + " ms");
      connection.close();
      ServerTls.closePromptly(accepted);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void closeGivesUpOnAServerThatNeverStopsSending(String protocol) throws Exception {
    ServerTls server = Endpoints.server(Endpoints.policy(protocol));
    ClientTls client =
        Endpoints.client(Endpoints.policy(protocol)).withHandshakeTimeout(Duration.ofMillis(500));
    try (Endpoints.Control control =
        authTls(controlPort, server, Endpoints.client(Endpoints.policy(protocol)), "localhost")) {
      Future<Void> flood =
          serve(
              server,
              control,
              tls -> {
                byte[] chunk = new byte[1024];
                try {
                  while (true) {
                    tls.getOutputStream().write(chunk);
                    Thread.sleep(20);
                  }
                } catch (IOException closedByClient) {
                  return null;
                }
              });
      TlsDataConnection connection = client.secureData(dataPort.connect(), control.client());
      long start = System.nanoTime();
      connection.close();
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < 5_000, millis + " ms");
      flood.get(20, TimeUnit.SECONDS);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void aServerThatHangsUpDuringTheHandshake(String protocol) throws Exception {
    ClientTls client = Endpoints.client(Endpoints.policy(protocol));
    ServerTls server = Endpoints.server(Endpoints.policy(protocol));
    try (Endpoints.Control control = authTls(controlPort, server, client, "localhost")) {
      dataPort.acceptOne(
          plain -> {
            plain.getInputStream().read();
            plain.close();
            return null;
          });
      Socket plain = dataPort.connect();
      SSLHandshakeException e =
          assertThrows(
              SSLHandshakeException.class, () -> client.secureData(plain, control.client()));
      assertTrue(
          e.getMessage().contains("closed the connection during the TLS handshake")
              || e.getMessage().contains("Connection reset"),
          e.getMessage());
      assertTrue(plain.isClosed());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void aRejectedCertificateOnTheDataConnectionTellsTheServerWhy(String protocol) throws Exception {
    ServerTls server = Endpoints.server(Endpoints.policy(protocol));
    ClientTls client = Endpoints.client(Endpoints.policy(protocol));
    // An impostor on the data port: it cannot resume, and its certificate is not trusted.
    KeyMaterial untrusted = SelfSignedCertificate.forHosts("localhost").generate();
    ServerTls impostor =
        ServerTls.create(ServerTlsContext.create(() -> untrusted), Endpoints.policy(protocol));
    try (Endpoints.Control control = authTls(controlPort, server, client, "localhost")) {
      Future<SSLSocket> served = dataPort.acceptOne(impostor::acceptImplicit);
      SSLHandshakeException e =
          assertThrows(
              SSLHandshakeException.class,
              () -> client.secureData(dataPort.connect(), control.client()));
      assertTrue(e.getMessage().contains("PKIX path building failed"), e.getMessage());
      Throwable serverError = ServerTlsTest.failure(served);
      assertInstanceOf(javax.net.ssl.SSLException.class, serverError);
      assertTrue(
          serverError.getMessage().contains("certificate_unknown"), serverError.getMessage());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void aStalledDataHandshakeIsCutOff(String protocol) throws Exception {
    ServerTls server = Endpoints.server(Endpoints.policy(protocol));
    ClientTls client = Endpoints.client(Endpoints.policy(protocol));
    try (Endpoints.Control control = authTls(controlPort, server, client, "localhost")) {
      dataPort.acceptOne(
          plain -> {
            Thread.sleep(10_000);
            return null;
          });
      assertThrows(
          java.net.SocketTimeoutException.class,
          () ->
              client
                  .withHandshakeTimeout(Duration.ofMillis(300))
                  .secureData(dataPort.connect(), control.client()));
    }
  }
}
