package dev.ferry.ftp.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;

/** Servers and clients over loopback, and the FTP-shaped exchanges the tests run between them. */
final class Endpoints {
  private Endpoints() {}

  static TlsPolicy policy(String protocol) {
    return TlsPolicy.DEFAULT.toBuilder().protocols(protocol).build();
  }

  static ServerTls server(TlsPolicy policy) {
    return ServerTls.create(ServerTlsContext.create(TestPki::localhost), policy);
  }

  static ClientTls client(TlsPolicy policy) {
    return ClientTls.create(TrustSource.of(List.of(TestPki.ca().certificate())), policy);
  }

  /** A control connection after AUTH TLS, both ends. */
  record Control(SSLSocket server, SSLSocket client) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      ServerTls.closePromptly(client);
      ServerTls.closePromptly(server);
    }
  }

  /**
   * Runs the explicit-FTPS opening over a real plain connection: greeting, {@code AUTH TLS}, {@code
   * 234}, both ends upgrade, then one protected command and reply (which also makes the client read
   * any TLS 1.3 session ticket the server sent after the handshake).
   */
  static Control authTls(Loopback loopback, ServerTls server, ClientTls client, String host)
      throws Exception {
    Future<SSLSocket> accepted =
        loopback.acceptOne(
            plain -> {
              writeLine(plain.getOutputStream(), "220 Ferry test");
              String command = readLine(plain.getInputStream());
              if (!command.equals("AUTH TLS")) {
                throw new IOException("unexpected " + command);
              }
              writeLine(plain.getOutputStream(), "234 Proceed with negotiation.");
              SSLSocket tls = server.upgradeControl(plain);
              String user = readLine(tls.getInputStream());
              writeLine(tls.getOutputStream(), "331 Password for " + user.substring(5));
              return tls;
            });
    Socket plain = loopback.connect();
    expect(readLine(plain.getInputStream()), "220 Ferry test");
    writeLine(plain.getOutputStream(), "AUTH TLS");
    expect(readLine(plain.getInputStream()), "234 Proceed with negotiation.");
    SSLSocket tls = client.upgradeControl(plain, host);
    writeLine(tls.getOutputStream(), "USER alice");
    expect(readLine(tls.getInputStream()), "331 Password for alice");
    return new Control(accepted.get(20, TimeUnit.SECONDS), tls);
  }

  static void expect(String actual, String expected) throws IOException {
    if (!actual.equals(expected)) {
      throw new IOException("expected '" + expected + "' but got '" + actual + "'");
    }
  }

  static void writeLine(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Reads one CRLF line byte by byte, so nothing past it is consumed. */
  static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("end of stream after '" + line + "'");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  static byte[] payload(int size, int seed) {
    byte[] data = new byte[size];
    new java.util.Random(seed).nextBytes(data);
    return data;
  }
}
