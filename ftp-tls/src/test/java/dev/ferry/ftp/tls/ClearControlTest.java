package dev.ferry.ftp.tls;

import static dev.ferry.ftp.tls.Endpoints.authTls;
import static dev.ferry.ftp.tls.Endpoints.readLine;
import static dev.ferry.ftp.tls.Endpoints.writeLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CCC: TLS ends on the control connection, TCP and the FTP session go on in clear text. */
@Timeout(60)
class ClearControlTest {
  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void cccReturnsTheControlConnectionToClearTextAndDataStillResumes(String protocol)
      throws Exception {
    ServerTls server = Endpoints.server(Endpoints.policy(protocol));
    ClientTls client = Endpoints.client(Endpoints.policy(protocol));
    try (Loopback controlPort = new Loopback();
        Loopback dataPort = new Loopback()) {
      Future<String> serverSide =
          controlPort.acceptOne(
              plain -> {
                assertEquals("AUTH TLS", readLine(plain.getInputStream()));
                writeLine(plain.getOutputStream(), "234 Go");
                SSLSocket tls = server.upgradeControl(plain);
                assertEquals("CCC", readLine(tls.getInputStream()));
                writeLine(tls.getOutputStream(), "200 Control connection cleared");
                server.clearControl(tls);
                // Clear text again, on the same TCP connection.
                String next = readLine(plain.getInputStream());
                writeLine(plain.getOutputStream(), "250 " + next);
                // A protected transfer after CCC still resumes the control session.
                SSLSocket data = server.secureData(dataPort.connect(), tls.getSession());
                boolean resumed =
                    SessionResumption.isResumption(tls.getSession(), data.getSession());
                data.getOutputStream().write("listing".getBytes());
                ServerTls.closePromptly(data);
                return resumed + " " + readLine(plain.getInputStream());
              });
      Socket plain = controlPort.connect();
      writeLine(plain.getOutputStream(), "AUTH TLS");
      assertEquals("234 Go", readLine(plain.getInputStream()));
      SSLSocket tls = client.upgradeControl(plain, "localhost");
      writeLine(tls.getOutputStream(), "CCC");
      assertEquals("200 Control connection cleared", readLine(tls.getInputStream()));
      client.clearControl(tls);
      writeLine(plain.getOutputStream(), "CWD /pub");
      assertEquals("250 CWD /pub", readLine(plain.getInputStream()));

      // Here the server connects out (as for PORT), and the client accepts: still TLS client.
      Future<String> listing =
          dataPort.acceptOne(
              accepted -> {
                try (TlsDataConnection data = client.secureData(accepted, tls)) {
                  return new String(data.inputStream().readAllBytes());
                }
              });
      assertEquals("listing", listing.get(20, TimeUnit.SECONDS));
      writeLine(plain.getOutputStream(), "QUIT");
      assertEquals("true QUIT", serverSide.get(20, TimeUnit.SECONDS));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.2", "TLSv1.3"})
  void aPeerThatNeverEndsTlsTimesOut(String protocol) throws Exception {
    ServerTls server =
        Endpoints.server(Endpoints.policy(protocol)).withHandshakeTimeout(Duration.ofMillis(300));
    try (Loopback port = new Loopback();
        Endpoints.Control control =
            authTls(port, server, Endpoints.client(Endpoints.policy(protocol)), "localhost")) {
      SocketTimeoutException e =
          assertThrows(SocketTimeoutException.class, () -> server.clearControl(control.server()));
      assertTrue(
          e.getMessage().contains("did not end TLS (close_notify) within 300 ms after CCC"),
          e.getMessage());
    }
  }
}
