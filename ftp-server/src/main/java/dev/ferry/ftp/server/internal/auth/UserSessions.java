package dev.ferry.ftp.server.internal.auth;

import dev.ferry.ftp.server.auth.UserAccount;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counts the sessions each user is logged in with, and refuses a login beyond the user's
 * {@link dev.ferry.ftp.server.auth.UserLimits#maxSessions()}. The per-address and global caps
 * are taken earlier, at accept, so all three hold together: a connection needs an address permit
 * and a global permit to be served at all, and a user slot to log in.
 */
@Singleton
public final class UserSessions {
  private final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();

  /** Creates an empty count. */
  @Inject
  UserSessions() {}

  /** A user's slot, held while the session stays logged in; {@link #release()} is idempotent. */
  public static final class Lease {
    private static final Lease NONE = new Lease(null, null);

    private final UserSessions owner;
    private final String user;
    private final AtomicBoolean released = new AtomicBoolean();

    private Lease(UserSessions owner, String user) {
      this.owner = owner;
      this.user = user;
    }

    /** Gives the slot back; calls after the first do nothing. */
    public void release() {
      if (owner != null && released.compareAndSet(false, true)) {
        owner.counts.computeIfPresent(user, (name, count) -> count == 1 ? null : count - 1);
      }
    }
  }

  /**
   * Takes a slot for a user whose password was accepted.
   *
   * @param account the user
   * @return the lease, or empty when the user is at the cap
   */
  public Optional<Lease> acquire(UserAccount account) {
    int max = account.limits().maxSessions();
    if (max == 0) {
      return Optional.of(Lease.NONE);
    }
    boolean[] taken = new boolean[1];
    counts.compute(account.name(), (name, count) -> {
      int current = count == null ? 0 : count;
      if (current >= max) {
        return count;
      }
      taken[0] = true;
      return current + 1;
    });
    return taken[0] ? Optional.of(new Lease(this, account.name())) : Optional.empty();
  }

  /**
   * Returns how many sessions a user holds now.
   *
   * @param user the user name
   * @return the count; users without a cap are not counted
   */
  public int count(String user) {
    return counts.getOrDefault(user, 0);
  }
}
