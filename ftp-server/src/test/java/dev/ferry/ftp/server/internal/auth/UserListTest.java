package dev.ferry.ftp.server.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.auth.UserAccount;
import dev.ferry.ftp.vfs.VfsConfig;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The builder's users: PBKDF2 hashes, constant-time checks, the same work for unknown names. */
class UserListTest {
  private static final HomeDirectory HOME = HomeDirectory.of("memory", VfsConfig.empty());
  private static final UserAccount ALICE = new UserAccount("alice", HOME, Permission.all());

  @Test
  void theRightPasswordMatches() {
    UserList users = UserList.hash(List.of(new UserList.Definition(ALICE, "secret")), 1_000);
    assertEquals(Optional.of(ALICE), users.check("alice", "secret"));
    assertEquals(Optional.empty(), users.check("alice", "Secret"));
    assertEquals(Optional.empty(), users.check("mallory", "secret"));
  }

  @Test
  void hashesAreSaltedAndNothingInClearIsKept() {
    PasswordHasher hasher = new PasswordHasher(1_000);
    PasswordHasher.Hash one = hasher.hash("secret");
    PasswordHasher.Hash two = hasher.hash("secret");
    assertTrue(!Arrays.equals(one.salt(), two.salt()));
    assertTrue(!Arrays.equals(one.hash(), two.hash()));
    assertTrue(PasswordHasher.matches(one, "secret"));
    assertTrue(!PasswordHasher.matches(one, "secret2"));
  }

  @Test
  void anUnknownUserCostsAboutAsMuchAsAWrongPassword() {
    // Medians of several runs at a cost high enough to dominate noise; a server that skipped the
    // hash for unknown names would answer them hundreds of times faster.
    UserList users = UserList.hash(List.of(new UserList.Definition(ALICE, "secret")), 50_000);
    users.check("alice", "warm-up");
    long known = median(() -> users.check("alice", "wrong"));
    long unknown = median(() -> users.check("mallory", "wrong"));
    assertTrue(unknown * 3 > known, "unknown " + unknown + " ns vs known " + known + " ns");
  }

  private static long median(Runnable check) {
    long[] times = new long[5];
    for (int i = 0; i < times.length; i++) {
      long start = System.nanoTime();
      check.run();
      times[i] = System.nanoTime() - start;
    }
    Arrays.sort(times);
    return times[times.length / 2];
  }

  @Test
  void aNameDefinedTwiceIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UserList.hash(List.of(new UserList.Definition(ALICE, "a"),
            new UserList.Definition(ALICE, "b")), 1_000));
    assertTrue(e.getMessage().contains("alice"));
  }

  @Test
  void anonymousLoginIsOffUnlessConfigured() {
    AnonymousAuthenticator off = new AnonymousAuthenticator(new AnonymousLogin(Optional.empty()));
    assertEquals(Optional.empty(), off.authenticate("anonymous", "me@example.com", null));
    AnonymousAuthenticator on = new AnonymousAuthenticator(new AnonymousLogin(Optional.of(HOME)));
    UserAccount guest = on.authenticate("FTP", "me@example.com", null).orElseThrow();
    assertEquals(Permission.readOnly(), guest.permissions());
    assertEquals(Optional.empty(), on.authenticate("alice", "x", null));
  }
}
