package dev.ferry.ftp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FtpSessionPoolTest {
  private static MinaServer server;
  @TempDir Path dir;

  @BeforeAll
  static void start() throws IOException {
    server = MinaServer.start(Files.createTempDirectory("ferry-pool"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void reusesAReturnedSession() throws IOException {
    try (FtpSessionPool pool = FtpSessionPool.create(server.config().build(), 2)) {
      FtpSession first;
      try (FtpSessionPool.Lease lease = pool.acquire()) {
        first = lease.session();
        first.noop();
      }
      try (FtpSessionPool.Lease lease = pool.acquire()) {
        assertSame(first, lease.session());
        lease.discard();
      }
      assertFalse(first.isOpen());
      try (FtpSessionPool.Lease lease = pool.acquire()) {
        assertNotSame(first, lease.session());
      }
      assertEquals(2, pool.maxSessions());
    }
  }

  @Test
  void closesSessionsThatRestedTooLong() throws IOException {
    FtpClientConfig config =
        server
            .config()
            .idleTimeout(Duration.ofSeconds(30))
            .clock(new SteppingClock(Duration.ofMinutes(1)))
            .build();
    try (FtpSessionPool pool = FtpSessionPool.create(config, 1)) {
      FtpSession first;
      try (FtpSessionPool.Lease lease = pool.acquire()) {
        first = lease.session();
      }
      try (FtpSessionPool.Lease lease = pool.acquire()) {
        assertNotSame(first, lease.session());
        assertFalse(first.isOpen());
      }
    }
  }

  @Test
  void waitsForAFreeSessionAndDropsBusyOnes() throws Exception {
    try (FtpSessionPool pool = FtpSessionPool.create(server.config().build(), 1)) {
      FtpSessionPool.Lease held = pool.acquire();
      FtpSession busy = held.session();
      busy.store("/left-open.bin").write(1); // a transfer left open: not reusable
      CompletableFuture<FtpSession> waiting =
          CompletableFuture.supplyAsync(
              () -> {
                try (FtpSessionPool.Lease lease = pool.acquire()) {
                  return lease.session();
                } catch (IOException e) {
                  throw new RuntimeException(e);
                }
              });
      Thread.sleep(200);
      assertFalse(waiting.isDone());
      held.close();
      held.close(); // twice is harmless
      assertNotSame(busy, waiting.get(10, TimeUnit.SECONDS));
      assertThrows(IllegalStateException.class, held::session);
    }
  }

  @Test
  void replacesASessionTheServerDroppedWhileItRested() throws Exception {
    try (MinaServer dropping =
            MinaServer.start(Files.createTempDirectory("ferry-idle"), "127.0.0.1", Map.of(), 1);
        FtpSessionPool pool = FtpSessionPool.create(dropping.config().build(), 1)) {
      FtpSession first;
      try (FtpSessionPool.Lease lease = pool.acquire()) {
        first = lease.session();
      }
      Thread.sleep(2500); // MINA checks idle sessions about once a second
      try (FtpSessionPool.Lease lease = pool.acquire()) {
        assertNotSame(first, lease.session());
        lease.session().noop();
      }
    }
  }

  @Test
  void refusesLeasesOnceClosed() {
    FtpSessionPool pool = FtpSessionPool.create(server.config().build(), 1);
    pool.close();
    assertThrows(IllegalStateException.class, pool::acquire);
    assertThrows(
        IllegalArgumentException.class, () -> FtpSessionPool.create(server.config().build(), 0));
  }

  @Test
  void smallFilesAreNotWorthSegments() throws IOException {
    Files.write(server.localHome().resolve("small.bin"), new byte[1000]);
    try (FtpSessionPool pool = FtpSessionPool.create(server.config().build(), 4)) {
      TransferResult result =
          pool.download("/small.bin", dir.resolve("small.bin"), 4, TransferOptions.defaults());
      assertEquals(1000, result.bytesTransferred());
      assertTrue(Files.size(dir.resolve("small.bin")) == 1000);
      assertThrows(
          IllegalArgumentException.class,
          () -> pool.download("/small.bin", dir.resolve("x"), 0, TransferOptions.defaults()));
    }
  }
}
