package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An IPv6 listener on {@code ::1}: EPSV and EPRT (RFC 2428) carry the data; needs IPv6. */
class Ipv6E2ETest {
  private static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    InetAddress loopback6 = InetAddress.getByName("::1");
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(loopback6, 0));
    } catch (IOException e) {
      Assumptions.abort("::1 is not available: " + e);
    }
    server = TestServer.start(builder -> builder.listener(ListenerConfig.of(loopback6, 0)));
  }

  @AfterEach
  void noLeaks() throws InterruptedException {
    server.assertIdle();
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  private static FTPClient login() throws IOException {
    FTPClient client = new FTPClient();
    client.setDefaultTimeout(10_000);
    client.connect("::1", server.port());
    assertTrue(client.getRemoteAddress() instanceof Inet6Address);
    assertTrue(client.login("alice", TestServer.PASSWORD));
    assertTrue(client.setFileType(FTP.BINARY_FILE_TYPE));
    return client;
  }

  @Test
  void passiveUsesEpsv() throws IOException {
    byte[] content = "over IPv6".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    FTPClient client = login();
    try {
      client.enterLocalPassiveMode();
      assertTrue(client.storeFile("six.txt", new ByteArrayInputStream(content)));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertTrue(client.retrieveFile("six.txt", out));
      assertArrayEquals(content, out.toByteArray());
      assertEquals(425, client.sendCommand("PASV"), "PASV cannot carry an IPv6 address");
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void activeUsesEprt() throws IOException {
    server.write("/active6.bin", new byte[100_000]);
    FTPClient client = login();
    try {
      client.enterLocalActiveMode();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertTrue(client.retrieveFile("active6.bin", out), client.getReplyString());
      assertEquals(100_000, out.size());
      assertEquals(504, client.sendCommand("EPRT |1|127.0.0.1|5000|"), "not the client");
    } finally {
      TestServer.disconnect(client);
    }
  }
}
