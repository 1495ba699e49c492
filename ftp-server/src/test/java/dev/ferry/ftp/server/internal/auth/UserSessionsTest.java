package dev.ferry.ftp.server.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.auth.UserAccount;
import dev.ferry.ftp.server.auth.UserLimits;
import dev.ferry.ftp.vfs.VfsConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Per-user session slots: the cap, idempotent release, and many logins racing for slots. */
class UserSessionsTest {
  private static final HomeDirectory HOME = HomeDirectory.of("memory", VfsConfig.empty());

  private static UserAccount user(String name, int max) {
    return new UserAccount(name, HOME, Permission.all(), new UserLimits(max, 0, 0));
  }

  @Test
  void theCapHoldsAndAReleaseFreesOneSlotOnce() {
    UserSessions sessions = new UserSessions();
    UserAccount alice = user("alice", 2);
    UserSessions.Lease one = sessions.acquire(alice).orElseThrow();
    sessions.acquire(alice).orElseThrow();
    assertEquals(Optional.empty(), sessions.acquire(alice));
    assertEquals(2, sessions.count("alice"));
    one.release();
    one.release();
    assertEquals(1, sessions.count("alice"));
    assertTrue(sessions.acquire(alice).isPresent());
    assertEquals(Optional.empty(), sessions.acquire(alice));
    // Another user has slots of its own; a user without a cap is not counted.
    assertTrue(sessions.acquire(user("bob", 1)).isPresent());
    assertTrue(sessions.acquire(user("carol", 0)).isPresent());
    assertEquals(0, sessions.count("carol"));
  }

  @Test
  void racingLoginsNeverExceedTheCap() throws InterruptedException {
    UserSessions sessions = new UserSessions();
    UserAccount alice = user("alice", 3);
    ConcurrentLinkedQueue<UserSessions.Lease> leases = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      threads.add(Thread.ofVirtual().start(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          return;
        }
        sessions.acquire(alice).ifPresent(leases::add);
      }));
    }
    start.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(3, leases.size());
    assertEquals(3, sessions.count("alice"));
    leases.forEach(UserSessions.Lease::release);
    assertEquals(0, sessions.count("alice"));
  }
}
