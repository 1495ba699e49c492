package dev.ferry.ftp.tls;

import static dev.ferry.ftp.tls.Endpoints.authTls;
import static dev.ferry.ftp.tls.Endpoints.payload;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Data connections that resume the control session, and ones that do not, for TLS 1.2 and 1.3, with
 * a JSSE server made by {@link ServerTls} and a JSSE client made by {@link ClientTls}.
 */
@Timeout(60)
class SessionReuseTest {
  private static final int SIZE = 300_000;

  /** What the two sides of one data connection saw. */
  record Transfer(SSLSession session, SSLSession clientSession, byte[] received) {
    Transfer withClient(SSLSession client) {
      return new Transfer(session, client, received);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void everyDataConnectionResumesTheControlSession(String protocol) throws Exception {
    ServerTls server = Endpoints.server(Endpoints.policy(protocol));
    ClientTls client = Endpoints.client(Endpoints.policy(protocol));
    try (Loopback controlPort = new Loopback();
        Loopback dataPort = new Loopback();
        Endpoints.Control control = authTls(controlPort, server, client, "localhost")) {
      assertEquals(protocol, control.server().getSession().getProtocol());
      // Alternate uploads and downloads: a TLS 1.3 ticket is spent by each, and must be renewed.
      for (int i = 0; i < 6; i++) {
        boolean upload = i % 2 == 0;
        byte[] data = payload(SIZE + i, i);
        Transfer seen = transfer(server, client, control, dataPort, upload, data);
        assertTrue(
            SessionResumption.isResumption(control.server().getSession(), seen.session()),
            "server: data connection " + i + " (" + (upload ? "upload" : "download") + ") resumed");
        assertTrue(
            SessionResumption.isResumption(control.client().getSession(), seen.clientSession()),
            "client");
        if (upload) {
          assertArrayEquals(data, seen.received());
        }
      }
    }
  }

  /**
   * Two server nodes behind one address (as behind a load balancer) cannot resume each other's
   * sessions. JSSE caches client sessions by host and port, so with one shared client context the
   * second control connection's session would displace the first's, and the first's data
   * connections would offer the wrong session. ClientTls gives each control connection its own.
   */
  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void controlConnectionsToTwoNodesBehindOneAddressEachResumeTheirOwnSession(String protocol)
      throws Exception {
    ServerTls nodeA = Endpoints.server(Endpoints.policy(protocol));
    ServerTls nodeB = Endpoints.server(Endpoints.policy(protocol));
    ClientTls client = Endpoints.client(Endpoints.policy(protocol));
    try (Loopback controlPort = new Loopback();
        Loopback dataPort = new Loopback();
        Endpoints.Control first = authTls(controlPort, nodeA, client, "localhost");
        Endpoints.Control second = authTls(controlPort, nodeB, client, "localhost")) {
      assertFalse(
          SessionResumption.isResumption(
              first.server().getSession(), second.server().getSession()));
      for (int i = 0; i < 4; i++) {
        boolean toA = i % 2 == 0;
        Endpoints.Control control = toA ? first : second;
        Transfer seen =
            transfer(toA ? nodeA : nodeB, client, control, dataPort, i > 1, payload(100, i));
        assertTrue(SessionResumption.isResumption(control.server().getSession(), seen.session()));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void anotherClientOnThePassivePortDoesNotResume(String protocol) throws Exception {
    ServerTls server = Endpoints.server(Endpoints.policy(protocol));
    ClientTls client = Endpoints.client(Endpoints.policy(protocol));
    try (Loopback controlPort = new Loopback();
        Loopback dataPort = new Loopback();
        Endpoints.Control control = authTls(controlPort, server, client, "localhost");
        Endpoints.Control stranger = authTls(controlPort, server, client, "localhost")) {
      // The other client is logged in too, and connects to the passive port of our session.
      Transfer seen =
          transfer(
              server,
              control.server().getSession(),
              client,
              stranger.client(),
              dataPort,
              false,
              payload(1000, 1));
      assertFalse(SessionResumption.isResumption(control.server().getSession(), seen.session()));
      assertTrue(SessionResumption.isResumption(stranger.server().getSession(), seen.session()));
      // The rightful client still resumes afterwards.
      Transfer again = transfer(server, client, control, dataPort, true, payload(1000, 2));
      assertTrue(SessionResumption.isResumption(control.server().getSession(), again.session()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void requireFailsOnTheClientAtOnceWhenNothingCanBeResumed(String protocol) throws Exception {
    TlsPolicy strict =
        Endpoints.policy(protocol).toBuilder().sessionReuse(SessionReuse.REQUIRE).build();
    ServerTls server = Endpoints.server(Endpoints.policy(protocol));
    ServerTls forgetful = Endpoints.server(Endpoints.policy(protocol));
    ClientTls client = Endpoints.client(strict);
    try (Loopback controlPort = new Loopback();
        Loopback dataPort = new Loopback();
        Endpoints.Control control = authTls(controlPort, server, client, "localhost")) {
      assertTrue(
          SessionResumption.isResumption(
              control.server().getSession(),
              transfer(server, client, control, dataPort, true, payload(10, 3)).session()));

      // A server that lost the session (another node, say) can only offer a new one.
      Future<SSLSocket> serverSide = dataPort.acceptOne(forgetful::acceptImplicit);
      Socket plain = dataPort.connect();
      SSLHandshakeException e =
          assertThrows(
              SSLHandshakeException.class, () -> client.secureData(plain, control.client()));
      assertTrue(
          e.getMessage().contains("could not resume the control connection's TLS session"),
          e.getMessage());
      assertTrue(plain.isClosed());
      assertThrows(Exception.class, () -> serverSide.get(20, TimeUnit.SECONDS));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void aLayeredSocketForTheDataPortDoesNotResume(String protocol) throws Exception {
    // Why ClientTls uses an SSLEngine: JSSE keys a layered socket's session by the data port.
    ServerTls server = Endpoints.server(Endpoints.policy(protocol));
    ClientTls client = Endpoints.client(Endpoints.policy(protocol));
    try (Loopback controlPort = new Loopback();
        Loopback dataPort = new Loopback();
        Endpoints.Control control = authTls(controlPort, server, client, "localhost")) {
      Future<SSLSocket> serverSide =
          dataPort.acceptOne(plain -> server.secureData(plain, control.server().getSession()));
      SSLSession controlSession = control.client().getSession();
      // The very context that made the control connection, and cached its session.
      SSLContext context = (SSLContext) controlSession.getValue(ClientTls.CONTEXT_KEY);
      try (SSLSocket layered =
          (SSLSocket)
              context
                  .getSocketFactory()
                  .createSocket(
                      dataPort.connect(),
                      controlSession.getPeerHost(),
                      controlSession.getPeerPort(),
                      true)) {
        layered.setUseClientMode(true);
        layered.startHandshake();
        SSLSocket accepted = serverSide.get(20, TimeUnit.SECONDS);
        assertFalse(
            SessionResumption.isResumption(control.server().getSession(), accepted.getSession()));
        ServerTls.closePromptly(accepted);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void theSignalsJsseGivesAResumedServerSession(String protocol) throws Exception {
    ServerTls server = Endpoints.server(Endpoints.policy(protocol));
    ClientTls client = Endpoints.client(Endpoints.policy(protocol));
    try (Loopback controlPort = new Loopback();
        Loopback dataPort = new Loopback();
        Endpoints.Control control = authTls(controlPort, server, client, "localhost")) {
      SSLSession controlSession = control.server().getSession();
      Transfer resumedTransfer = transfer(server, client, control, dataPort, false, payload(10, 4));
      SSLSession resumed = resumedTransfer.session();
      Endpoints.Control other =
          authTls(controlPort, server, Endpoints.client(Endpoints.policy(protocol)), "localhost");
      SSLSession fresh =
          transfer(server, controlSession, client, other.client(), dataPort, false, payload(10, 5))
              .session();
      other.close();

      assertEquals(controlSession.getCreationTime(), resumed.getCreationTime());
      assertNotEquals(controlSession.getCreationTime(), fresh.getCreationTime());
      if (protocol.equals("TLSv1.2")) {
        assertArrayEquals(controlSession.getId(), resumed.getId());
      } else {
        // TLS 1.3 gives every session its own id, resumed or not: ids cannot tell.
        assertFalse(Arrays.equals(controlSession.getId(), resumed.getId()));
      }
      assertFalse(Arrays.equals(controlSession.getId(), fresh.getId()));
      // The client sees the same: its resumed session keeps the control session's creation time.
      assertEquals(
          control.client().getSession().getCreationTime(),
          resumedTransfer.clientSession().getCreationTime());
      assertTrue(
          SessionResumption.isResumption(
              control.client().getSession(), resumedTransfer.clientSession()));
    }
  }

  /**
   * One data connection: the server accepts and secures it; the client secures it with {@link
   * ClientTls#secureData}; then an upload (client writes, closes cleanly; server reads to the end)
   * or a download (server writes and closes; client reads to the end and closes).
   */
  static Transfer transfer(
      ServerTls server,
      ClientTls client,
      Endpoints.Control control,
      Loopback dataPort,
      boolean upload,
      byte[] data)
      throws Exception {
    return transfer(
        server, control.server().getSession(), client, control.client(), dataPort, upload, data);
  }

  /**
   * One data connection where the server's control connection and the client's may differ: a client
   * connecting to a passive port that belongs to another client's session.
   */
  static Transfer transfer(
      ServerTls server,
      SSLSession serverControl,
      ClientTls client,
      SSLSocket clientControl,
      Loopback dataPort,
      boolean upload,
      byte[] data)
      throws Exception {
    Future<Transfer> serverSide =
        dataPort.acceptOne(
            plain -> {
              SSLSocket tls = server.secureData(plain, serverControl);
              try {
                if (upload) {
                  byte[] received = tls.getInputStream().readAllBytes();
                  return new Transfer(tls.getSession(), null, received);
                }
                OutputStream out = tls.getOutputStream();
                out.write(data);
                out.flush();
                return new Transfer(tls.getSession(), null, null);
              } finally {
                tls.close();
              }
            });
    SSLSession clientSession;
    try (TlsDataConnection connection = client.secureData(dataPort.connect(), clientControl)) {
      clientSession = connection.session();
      if (upload) {
        try (OutputStream out = connection.outputStream()) {
          out.write(data, 0, data.length / 2);
          out.write(data, data.length / 2, data.length - data.length / 2);
        }
      } else {
        try (InputStream in = connection.inputStream()) {
          assertArrayEquals(data, in.readAllBytes());
        }
      }
    }
    return serverSide.get(20, TimeUnit.SECONDS).withClient(clientSession);
  }
}
