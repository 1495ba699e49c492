package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.auth.PasswordHash;
import dev.ferry.ftp.server.auth.UsersFile;
import dev.ferry.ftp.vfs.VfsConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPConnectionClosedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The users file, per-user session caps with the per-address cap, anonymous read-only login and
 * the metrics, through Commons Net.
 */
class UsersE2ETest {
  private static final byte[] README = "read me\n".getBytes(StandardCharsets.US_ASCII);

  @TempDir static Path dir;
  private static Path file;
  private static UsersFile users;
  private static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    file = dir.resolve("users.yaml");
    Files.writeString(file, usersYaml(""));
    users = UsersFile.load(file);
    server = TestServer.start(builder -> builder
        .usersFile(users)
        .anonymous(HomeDirectory.of("memory", VfsConfig.empty()).under("/pub"))
        .limits(Limits.defaults().withMaxSessionsPerAddress(3)));
    server.mkdir("/pub");
    server.write("/pub/readme.txt", README);
  }

  private static String usersYaml(String extra) {
    String frank = PasswordHash.argon2id("frank-pw", 1024, 1, 1).encoded();
    return """
        users:
          frank:
            password: "%s"
            home: {scheme: memory, root: /home/frank, create: true}
            permissions: all
            max-sessions: 2
        %s""".formatted(frank, extra);
  }

  @AfterEach
  void noLeaks() throws InterruptedException {
    server.assertIdle();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static FTPClient login(String user, String password) throws IOException {
    FTPClient client = server.connect();
    assertTrue(client.login(user, password), client.getReplyString());
    client.enterLocalPassiveMode();
    assertTrue(client.setFileType(FTP.BINARY_FILE_TYPE), client.getReplyString());
    return client;
  }

  @Test
  void aFileUserLogsInUnderItsHomeAndTransfers() throws IOException {
    ServerMetrics before = server.server().metrics();
    FTPClient client = login("frank", "frank-pw");
    try {
      assertTrue(client.storeFile("a.bin", new ByteArrayInputStream(README)),
          client.getReplyString());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertTrue(client.retrieveFile("a.bin", out), client.getReplyString());
      assertArrayEquals(README, out.toByteArray());
      assertEquals("/", client.printWorkingDirectory());
    } finally {
      client.logout();
      TestServer.disconnect(client);
    }
    assertArrayEquals(README, server.read("/home/frank/a.bin"));
    ServerMetrics after = server.server().metrics();
    assertEquals(before.loginsSucceeded() + 1, after.loginsSucceeded());
    assertEquals(before.uploads() + 1, after.uploads());
    assertEquals(before.downloads() + 1, after.downloads());
    assertEquals(before.bytesIn() + README.length, after.bytesIn());
    assertEquals(before.bytesOut() + README.length, after.bytesOut());
    assertTrue(after.sessionsTotal() > before.sessionsTotal());
  }

  @Test
  void aWrongPasswordOfAFileUserIsCountedAsAFailedLogin() throws IOException {
    long failed = server.server().metrics().loginsFailed();
    FTPClient client = server.connect();
    try {
      assertFalse(client.login("frank", "wrong"));
      assertEquals(530, client.getReplyCode());
      assertFalse(client.login("nobody", "wrong"));
      assertEquals(530, client.getReplyCode());
    } finally {
      TestServer.disconnect(client);
    }
    assertEquals(failed + 2, server.server().metrics().loginsFailed());
  }

  @Test
  void theUserCapAndTheAddressCapHoldTogether() throws IOException {
    List<FTPClient> clients = new ArrayList<>();
    try {
      clients.add(login("frank", "frank-pw"));
      clients.add(login("frank", "frank-pw"));
      // A third session of frank: the password is right, the user's cap says no.
      FTPClient third = server.connect();
      clients.add(third);
      assertFalse(third.login("frank", "frank-pw"));
      assertEquals(530, third.getReplyCode());
      assertTrue(third.getReplyString().contains("Too many sessions"), third.getReplyString());
      // A fourth connection from this address: the address cap (3) refuses it before login.
      FTPClient fourth = new FTPClient();
      fourth.setConnectTimeout(5_000);
      try {
        assertThrows(FTPConnectionClosedException.class,
            () -> fourth.connect("127.0.0.1", server.port()));
        assertEquals(421, fourth.getReplyCode());
      } finally {
        TestServer.disconnect(fourth);
      }
      // One of frank's sessions ends: the third one may log in now, on the same connection.
      clients.get(0).logout();
      TestServer.disconnect(clients.get(0));
      assertTrue(waitForLogin(third), third.getReplyString());
      // REIN gives the slot back too.
      assertEquals(220, third.sendCommand("REIN"));
      FTPClient again = server.connect();
      clients.add(again);
      assertTrue(waitForLogin(again), "login after REIN: " + again.getReplyString());
    } finally {
      clients.forEach(TestServer::disconnect);
    }
  }

  /** Logs in as frank; the server releases a slot when the session thread ends, just after. */
  private static boolean waitForLogin(FTPClient client) throws IOException {
    for (int i = 0; i < 100; i++) {
      if (client.login("frank", "frank-pw")) {
        return true;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  @Test
  void anonymousMayListAndReadButNeverWrite() throws IOException {
    FTPClient client = login("anonymous", "guest@example.org");
    try {
      assertEquals(1, client.listNames().length);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertTrue(client.retrieveFile("readme.txt", out), client.getReplyString());
      assertArrayEquals(README, out.toByteArray());
      assertFalse(client.storeFile("up.txt", new ByteArrayInputStream(README)));
      assertEquals(550, client.getReplyCode());
      // Commands still being written elsewhere answer 502 until they exist, then the dispatcher's
      // permission check answers 550: refused either way, and nothing changes.
      assertFalse(client.appendFile("readme.txt", new ByteArrayInputStream(README)));
      assertRefused(client);
      assertFalse(client.makeDirectory("dir"));
      assertRefused(client);
      assertFalse(client.deleteFile("readme.txt"));
      assertRefused(client);
      assertFalse(client.rename("readme.txt", "other.txt"));
      assertRefused(client);
    } finally {
      TestServer.disconnect(client);
    }
    assertArrayEquals(README, server.read("/pub/readme.txt"));
  }

  @Test
  void anonymousIsRefusedUnlessConfigured() throws IOException, InterruptedException {
    try (TestServer plain = TestServer.start()) {
      FTPClient client = plain.connect();
      try {
        assertFalse(client.login("anonymous", "guest@example.org"));
        assertEquals(530, client.getReplyCode());
        assertFalse(client.login("ftp", "guest@example.org"));
        assertEquals(530, client.getReplyCode());
      } finally {
        TestServer.disconnect(client);
      }
      plain.assertIdle();
    }
  }

  private static void assertRefused(FTPClient client) {
    int code = client.getReplyCode();
    assertTrue(code == 550 || code == 502, client.getReplyString());
  }

  @Test
  void reloadAddsUsersWithoutDroppingSessions() throws IOException {
    FTPClient frank = login("frank", "frank-pw");
    try {
      String grace = PasswordHash.argon2id("grace-pw", 1024, 1, 1).encoded();
      Files.writeString(file, usersYaml("""
            grace:
              password: "%s"
              home: {scheme: memory, root: /home/grace, create: true}
          """.formatted(grace)));
      users.reload();
      FTPClient other = login("grace", "grace-pw");
      TestServer.disconnect(other);
      assertTrue(frank.sendNoOp(), frank.getReplyString());
      assertTrue(frank.listNames() != null, frank.getReplyString());
    } finally {
      Files.writeString(file, usersYaml(""));
      users.reload();
      TestServer.disconnect(frank);
    }
  }
}
