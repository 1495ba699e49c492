package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.tls.ServerTls;
import dev.ferry.ftp.tls.SessionReuse;
import dev.ferry.ftp.tls.TlsPolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import org.apache.commons.net.ftp.FTPSClient;
import org.apache.commons.net.util.TrustManagerUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The FTPS command sequence (RFC 4217) over raw sockets, the policy checks, and bad input on TLS
 * listeners: each leaves the server serving others.
 */
class FtpsProtocolE2ETest {
  private static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    TlsPolicy optional = Ftps.explicit(SessionReuse.WARN).toBuilder()
        .controlRequired(false).dataRequired(false).build();
    server = TestServer.start(builder -> builder
        .listener(ListenerConfig.loopback().withTls(Ftps.explicit(SessionReuse.WARN), Ftps.KEYS))
        .listener(ListenerConfig.loopback().withTls(
            ServerTls.create(Ftps.KEYS, Ftps.implicit(SessionReuse.WARN))
                .withHandshakeTimeout(Duration.ofSeconds(1))))
        .listener(ListenerConfig.loopback())
        .listener(ListenerConfig.loopback().withTls(
            ServerTls.create(Ftps.KEYS, optional).withHandshakeTimeout(Duration.ofSeconds(1)))));
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @AfterEach
  void idle() throws InterruptedException {
    server.assertIdle();
  }

  private static int port(int index) {
    return server.server().addresses().get(index).getPort();
  }

  @Test
  void featListsTlsOnlyWhereEnabled() throws IOException {
    assertTrue(feat(port(0)).containsAll(List.of("AUTH TLS", "PBSZ", "PROT")));
    List<String> plain = feat(port(2));
    assertFalse(plain.contains("AUTH TLS") || plain.contains("PBSZ") || plain.contains("PROT"),
        plain.toString());
  }

  @Test
  void requiredTlsRefusesLoginBeforeAuth() throws Exception {
    try (Control control = new Control(port(0))) {
      assertEquals("534 TLS required: send AUTH TLS first.", control.command("USER alice"));
      assertEquals(534, code(control.command("PASS secret")));
      assertEquals(503, code(control.command("PBSZ 0")));
      assertEquals(503, code(control.command("PROT P")));
      assertEquals(211, code(control.command("FEAT")));
      assertEquals(504, code(control.command("AUTH KERBEROS_V4")));
      control.startTls();
      assertEquals(331, code(control.command("USER alice")));
      assertEquals(230, code(control.command("PASS secret")));
      assertEquals(503, code(control.command("AUTH TLS")));
      assertEquals(503, code(control.command("PROT P")));
      assertEquals("200 PBSZ=0", control.command("PBSZ 16384"));
      assertEquals(501, code(control.command("PBSZ x")));
      assertEquals(536, code(control.command("PROT S")));
      assertEquals(536, code(control.command("PROT E")));
      assertEquals(504, code(control.command("PROT Q")));
      assertEquals(200, code(control.command("PROT C")));
      assertEquals(227, code(control.command("PASV")));
      assertEquals(521, code(control.command("NLST")));
      assertEquals(534, code(control.command("CCC")));
      assertEquals(221, code(control.command("QUIT")));
    }
  }

  @Test
  void authOnPlainListenerIsNotImplemented() throws IOException {
    try (Control control = new Control(port(2))) {
      assertEquals(502, code(control.command("AUTH TLS")));
      assertEquals(331, code(control.command("USER alice")));
    }
  }

  @Test
  void optionalTlsAllowsPlainLoginAndCcc() throws Exception {
    try (Control control = new Control(port(3))) {
      assertEquals(331, code(control.command("USER alice")));
      assertEquals(230, code(control.command("PASS secret")));
      assertEquals(503, code(control.command("CCC")));
    }
    FTPSClient client = Ftps.commonsNet(port(3), false);
    assertEquals(200, client.execCCC(), client.getReplyString());
    assertEquals(257, client.pwd());
    assertTrue(client.listNames("/") != null, client.getReplyString());
    client.logout();
    client.disconnect();
  }

  /** CVE-2011-0411: plain text sent behind AUTH TLS goes to the handshake, never to the parser. */
  @Test
  void plainTextPipelinedAfterAuthIsNeverRun() throws IOException {
    try (RawControl raw = new RawControl(port(0))) {
      assertTrue(raw.line().startsWith("220"));
      raw.sendBytes("AUTH TLS\r\nUSER alice\r\n".getBytes(StandardCharsets.US_ASCII));
      assertTrue(raw.line().startsWith("234"));
      assertNull(raw.line());
    }
    assertServes();
  }

  @Test
  void plainClientOnImplicitPortIsClosed() throws IOException {
    try (RawControl raw = new RawControl(port(1))) {
      raw.send("USER alice");
      assertNull(raw.line());
    }
    assertServes();
  }

  @Test
  void tlsHandshakeOnPlainPortFails() throws Exception {
    try (Socket plain = connect(port(2))) {
      SSLSocket tls = (SSLSocket) trustAll().getSocketFactory()
          .createSocket(plain, "127.0.0.1", port(2), true);
      assertThrows(SSLException.class, tls::startHandshake);
    }
    assertServes();
  }

  @Test
  void stalledHandshakesTimeOut() throws Exception {
    try (Socket implicit = connect(port(1)); Control explicit = new Control(port(3))) {
      assertEquals(234, code(explicit.command("AUTH TLS")));
      // Both handshakes stall; others are served meanwhile, and both end after the deadline.
      assertServes();
      implicit.setSoTimeout(10_000);
      assertEquals(-1, implicit.getInputStream().read());
      assertNull(explicit.line());
    }
  }

  private static void assertServes() throws IOException {
    FTPSClient client = Ftps.commonsNet(port(1), true);
    assertTrue(client.listNames("/") != null, client.getReplyString());
    client.logout();
    client.disconnect();
  }

  private static List<String> feat(int port) throws IOException {
    try (Control control = new Control(port)) {
      control.send("FEAT");
      List<String> lines = new ArrayList<>();
      String line = control.line();
      while (line != null && !line.startsWith("211 ")) {
        lines.add(line.strip());
        line = control.line();
      }
      return lines;
    }
  }

  private static int code(String reply) {
    return Integer.parseInt(reply.substring(0, 3));
  }

  private static Socket connect(int port) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
    socket.setSoTimeout(10_000);
    return socket;
  }

  private static SSLContext trustAll() throws Exception {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {TrustManagerUtils.getAcceptAllTrustManager()},
        new SecureRandom());
    return context;
  }

  /** A control connection that can be upgraded with AUTH TLS; reads single-line replies. */
  private static final class Control implements AutoCloseable {
    private final Socket plain;
    private BufferedReader in;
    private OutputStream out;
    private SSLSocket tls;

    Control(int port) throws IOException {
      plain = connect(port);
      streams(plain);
      String greeting = line();
      assertTrue(greeting.startsWith("220"), greeting);
    }

    private void streams(Socket socket) throws IOException {
      in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
          StandardCharsets.UTF_8));
      out = socket.getOutputStream();
    }

    void startTls() throws Exception {
      assertEquals(234, code(command("AUTH TLS")));
      tls = (SSLSocket) trustAll().getSocketFactory()
          .createSocket(plain, "127.0.0.1", plain.getPort(), true);
      tls.startHandshake();
      streams(tls);
    }

    String line() throws IOException {
      return in.readLine();
    }

    void send(String line) throws IOException {
      out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
    }

    /** Sends a command and returns the last line of its reply. */
    String command(String line) throws IOException {
      send(line);
      String reply = line();
      while (reply != null && reply.length() > 3 && reply.charAt(3) == '-') {
        String end = reply.substring(0, 3) + " ";
        do {
          reply = line();
        } while (reply != null && !reply.startsWith(end));
      }
      return reply;
    }

    @Override
    public void close() throws IOException {
      if (tls != null) {
        ServerTls.closePromptly(tls);
      }
      plain.close();
    }
  }
}
