package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPConnectionClosedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The defences of RFC 2577 with real sockets: bounce attacks (§3), brute force (§4), port
 * stealing (§5), connection limits.
 */
class SecurityE2ETest {
  private static final MutableClock CLOCK = new MutableClock(Instant.parse("2024-05-01T00:00:00Z"));

  private static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    server = TestServer.start(builder -> builder
        .clock(CLOCK)
        .loginPolicy(LoginPolicy.defaults().withFailureDelay(Duration.ofMillis(100))
            .withBan(3, Duration.ofMinutes(1), Duration.ofMinutes(10)))
        .limits(Limits.defaults().withMaxSessions(4)));
    server.write("/secret.txt", "the data".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  @AfterEach
  void noLeaks() throws InterruptedException {
    server.assertIdle();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @Test
  void bounceTargetsAreRefusedWith504() throws IOException {
    FTPClient client = server.login();
    try {
      // RFC 2577 §3: 504 for a port below 1024 ...
      assertEquals(504, client.sendCommand("PORT 127,0,0,1,0,25"));
      assertEquals(504, client.sendCommand("EPRT |1|127.0.0.1|21|"));
      // ... and, by the same reasoning, for any host but the client.
      assertEquals(504, client.sendCommand("PORT 192,0,2,1,31,144"));
      assertEquals(504, client.sendCommand("EPRT |1|127.0.0.2|8080|"));
      assertEquals(200, client.noop());
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void aStolenPassiveConnectionIsRefused() throws IOException {
    InetAddress other = InetAddress.getByName("127.0.0.2");
    FTPClient client = server.login();
    try (Socket thief = new Socket()) {
      try {
        thief.bind(new InetSocketAddress(other, 0));
      } catch (IOException e) {
        Assumptions.abort("127.0.0.2 is not usable here: " + e);
      }
      assertEquals(229, client.sendCommand("EPSV"));
      int port = Integer.parseInt(client.getReplyString()
          .replaceAll("(?s).*\\(\\|\\|\\|(\\d+)\\|\\).*", "$1"));
      thief.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      thief.setSoTimeout(5_000);
      assertEquals(150, client.sendCommand("RETR secret.txt"));
      // The thief is accepted first and disconnected at once, without a byte ...
      assertEquals(-1, thief.getInputStream().read());
      // ... and the server goes on waiting for the client's own connection.
      try (Socket legit = new Socket("127.0.0.1", port)) {
        assertEquals("the data", new String(legit.getInputStream().readAllBytes(),
            java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(226, client.getReply());
      }
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void repeatedFailuresBanTheAddressUntilTheBanEnds() throws IOException {
    FTPClient client = server.connect();
    try {
      long start = System.nanoTime();
      assertFalse(client.login("alice", "wrong1"));
      assertEquals(530, client.getReplyCode());
      assertTrue(System.nanoTime() - start >= Duration.ofMillis(100).toNanos(),
          "a failed login is answered only after the delay");
      assertFalse(client.login("nobody", "wrong2"));
      assertEquals(530, client.getReplyCode());
      // The third failure bans: 421, and the server closes the connection.
      assertThrows(FTPConnectionClosedException.class, () -> client.login("alice", "wrong3"));
    } finally {
      TestServer.disconnect(client);
    }
    try (RawControl refused = new RawControl(server.port())) {
      assertEquals(421, refused.code());
    }
    CLOCK.advance(Duration.ofMinutes(11));
    FTPClient again = server.login();
    TestServer.disconnect(again);
  }

  @Test
  void aSessionOpenedBeforeTheBanCannotLogInAfterIt() throws IOException {
    FTPClient early = server.connect();
    FTPClient attacker = server.connect();
    try {
      assertFalse(attacker.login("alice", "x"));
      assertFalse(attacker.login("alice", "y"));
      assertThrows(FTPConnectionClosedException.class, () -> attacker.login("alice", "z"));
      // Even the right password is refused from a banned address.
      assertThrows(FTPConnectionClosedException.class,
          () -> early.login("alice", TestServer.PASSWORD));
    } finally {
      TestServer.disconnect(attacker);
      TestServer.disconnect(early);
      CLOCK.advance(Duration.ofMinutes(11));
    }
  }

  @Test
  void sessionsBeyondTheLimitGet421() throws Exception {
    FTPClient[] clients = new FTPClient[4];
    try {
      for (int i = 0; i < clients.length; i++) {
        clients[i] = server.connect();
      }
      try (RawControl refused = new RawControl(server.port())) {
        assertEquals(421, refused.code());
        assertEquals(null, refused.line());
      }
    } finally {
      for (FTPClient client : clients) {
        if (client != null) {
          TestServer.disconnect(client);
        }
      }
    }
    server.assertIdle();
    FTPClient afterwards = server.login();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(afterwards.retrieveFile("secret.txt", out));
    TestServer.disconnect(afterwards);
  }
}
