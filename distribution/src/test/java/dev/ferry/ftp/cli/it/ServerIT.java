package dev.ferry.ftp.cli.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPSClient;
import org.apache.commons.net.util.TrustManagerUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ferry server} from the unpacked archive with the shipped {@code ferry.yaml} (ports and
 * grace overridden by {@code FERRY_…} variables), explicit and implicit TLS with the generated
 * certificate, two users on two backends made with {@code ferry user add}; SIGHUP after
 * {@code ferry user passwd}; SIGTERM during an upload.
 */
class ServerIT {
  @TempDir Path dir;

  @Test
  void productionServerWithTlsTwoBackendsReloadAndGracefulStop() throws Exception {
    UnpackedFerry ferry = UnpackedFerry.unpack(dir);
    Path aliceHome = Files.createDirectory(dir.resolve("alice"));
    assertEquals(0, ferry.run("alice-1\n", Map.of(), "user", "add", "alice", "--password-stdin",
        "--permissions", "all", "--home", aliceHome.toString()).exitCode());
    assertEquals(0, ferry.run("bob-1\n", Map.of(), "user", "add", "bob", "--password-stdin",
        "--permissions", "all", "--backend", "memory").exitCode());

    int explicit = UnpackedFerry.freePort();
    int implicit = UnpackedFerry.freePort();
    Map<String, String> env = Map.of(
        "FERRY_LISTENERS_0_BIND", "127.0.0.1", "FERRY_LISTENERS_0_PORT", "" + explicit,
        "FERRY_LISTENERS_1_BIND", "127.0.0.1", "FERRY_LISTENERS_1_PORT", "" + implicit,
        "FERRY_PASSIVE_PORTS", "any", "FERRY_TIMEOUTS_SHUTDOWN_GRACE", "2s",
        "FERRY_LOGIN_FAILURE_DELAY", "0s");
    UnpackedFerry.Result check = ferry.run("", env, "check-config");
    assertEquals(0, check.exitCode(), check.err());
    assertTrue(check.out().contains("users: 2"), check.out());

    try (UnpackedFerry.Running server = ferry.start(env, "server")) {
      UnpackedFerry.awaitPort(explicit, server);
      UnpackedFerry.awaitPort(implicit, server);

      FTPSClient alice = login(false, explicit, "alice", "alice-1");
      assertTrue(alice.storeFile("report.txt", stream("quarterly")));
      assertEquals("quarterly", Files.readString(aliceHome.resolve("report.txt")));

      FTPSClient bob = login(true, implicit, "bob", "bob-1");
      assertTrue(bob.storeFile("memo.txt", stream("kept in memory")));
      ByteArrayOutputStream back = new ByteArrayOutputStream();
      assertTrue(bob.retrieveFile("memo.txt", back));
      assertEquals("kept in memory", back.toString(StandardCharsets.UTF_8));
      logout(bob);
      assertFalse(Files.exists(aliceHome.resolve("memo.txt")));

      assertEquals(0, ferry.run("alice-2\n", Map.of(), "user", "passwd", "alice",
          "--password-stdin").exitCode());
      server.signal("HUP");
      awaitLogin(explicit, "alice", "alice-2");
      assertTrue(alice.sendNoOp(), "the session from before the reload is still there");

      uploadWhileStopping(server, alice, aliceHome);

      UnpackedFerry.Result stopped = server.awaitExit(UnpackedFerry.START);
      assertEquals(143, stopped.exitCode(), stopped.err());
    }
    String log = Files.readString(ferry.home().resolve("logs/ferry.log"));
    assertTrue(log.contains("Listening on /127.0.0.1:" + explicit), log);
    assertTrue(log.contains("Reloaded 2 users"), log);
    assertTrue(log.contains("Stopped"), log);
    assertTrue(log.matches("(?s).*\\[\\d+ /127\\.0\\.0\\.1:\\d+ alice\\] .*"), log);
    assertFalse(log.contains("alice-1") || log.contains("alice-2"), "passwords are never logged");
    String xferlog = Files.readString(ferry.home().resolve("logs/xferlog"));
    assertTrue(xferlog.contains("/report.txt b _ i r alice ftp 0 * c"), xferlog);
    assertTrue(xferlog.contains("/memo.txt b _ o r bob ftp 0 * c"), xferlog);
  }

  /**
   * Starts an upload that cannot finish within the shutdown grace, then SIGTERM: the client hears
   * a 4xx reply or loses the connection, and nothing lies under the final name.
   */
  private void uploadWhileStopping(UnpackedFerry.Running server, FTPSClient alice, Path home)
      throws Exception {
    AtomicLong sent = new AtomicLong();
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException(e);
        }
        int n = Math.min(length, 16 * 1024);
        sent.addAndGet(n);
        return sent.get() > 1L << 30 ? -1 : n;
      }
    };
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CompletableFuture<Boolean> upload = CompletableFuture.supplyAsync(() -> {
      try {
        return alice.storeFile("big.bin", endless);
      } catch (IOException e) {
        failure.set(e);
        return false;
      }
    });
    Instant deadline = Instant.now().plus(UnpackedFerry.START);
    while (sent.get() < 256 * 1024) {
      if (Instant.now().isAfter(deadline)) {
        fail("the upload did not start: " + alice.getReplyString());
      }
      Thread.sleep(50);
    }
    server.process().destroy();
    boolean completed = upload.get(UnpackedFerry.START.toSeconds(), TimeUnit.SECONDS);
    // The upload failed on the data connection; the control connection's last word is a 4xx:
    // 426 for the aborted transfer, or the 421 of the shutdown.
    String last;
    try {
      last = alice.getReply() + " " + alice.getReplyString();
    } catch (IOException e) {
      last = e.toString();
    }
    Path big = home.resolve("big.bin");
    String seen = "completed=" + completed + ", last reply: " + last + ", sent " + sent.get()
        + ", final name " + (Files.exists(big) ? Files.size(big) + " bytes" : "absent")
        + ", failure: " + failure.get();
    assertFalse(completed, seen);
    assertFalse(Files.exists(big), "nothing under the final name: " + seen);
    assertTrue(last.startsWith("4") || last.contains("421"), seen);
  }

  private static void awaitLogin(int port, String user, String password) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      FTPSClient client = connect(false, port);
      boolean ok = client.login(user, password);
      client.disconnect();
      if (ok) {
        return;
      }
      Thread.sleep(250);
    }
    fail(user + " cannot log in with the new password after SIGHUP");
  }

  private static FTPSClient connect(boolean implicit, int port) throws IOException {
    FTPSClient client = new FTPSClient(implicit);
    client.setTrustManager(TrustManagerUtils.getAcceptAllTrustManager());
    client.setConnectTimeout(30_000);
    client.setDefaultTimeout(120_000);
    client.connect("127.0.0.1", port);
    client.execPBSZ(0);
    client.execPROT("P");
    return client;
  }

  private static FTPSClient login(boolean implicit, int port, String user, String password)
      throws IOException {
    FTPSClient client = connect(implicit, port);
    assertTrue(client.login(user, password), client.getReplyString());
    client.enterLocalPassiveMode();
    client.setFileType(FTP.BINARY_FILE_TYPE);
    return client;
  }

  private static void logout(FTPSClient client) throws IOException {
    client.logout();
    client.disconnect();
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
