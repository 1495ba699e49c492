package dev.ferry.ftp.server.internal.auth;

import dev.ferry.ftp.server.LoginPolicy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per client address and bans an address that fails
 * {@link LoginPolicy#maxFailures()} times within {@link LoginPolicy#failureWindow()} (RFC 2577
 * §4). Time comes from the injected {@link Clock}, so tests move it by hand. Memory is bounded: an
 * address keeps fewer than {@code maxFailures} timestamps, and addresses with nothing left to
 * remember are dropped when the map grows large.
 */
@Singleton
public final class LoginThrottle {
  private static final int PRUNE_THRESHOLD = 10_000;

  private final LoginPolicy policy;
  private final Clock clock;
  private final ConcurrentHashMap<InetAddress, Record> records = new ConcurrentHashMap<>();

  @Inject
  LoginThrottle(LoginPolicy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * The recent failures of one address and the end of its ban; immutable, replaced atomically.
   */
  private record Record(List<Instant> failures, Instant bannedUntil) {
    static final Record EMPTY = new Record(List.of(), Instant.MIN);

    Record withFailure(Instant now, LoginPolicy policy) {
      Instant windowStart = now.minus(policy.failureWindow());
      List<Instant> recent = new ArrayList<>(failures.size() + 1);
      for (Instant failure : failures) {
        if (failure.isAfter(windowStart)) {
          recent.add(failure);
        }
      }
      recent.add(now);
      if (recent.size() >= policy.maxFailures()) {
        return new Record(List.of(), now.plus(policy.banDuration()));
      }
      return new Record(List.copyOf(recent), bannedUntil);
    }

    boolean forgettable(Instant now, LoginPolicy policy) {
      Instant windowStart = now.minus(policy.failureWindow());
      return !bannedUntil.isAfter(now) && failures.stream().noneMatch(f -> f.isAfter(windowStart));
    }
  }

  /**
   * Tells whether an address is banned now.
   *
   * @param address the client's address
   * @return whether its logins and connections are refused
   */
  public boolean isBanned(InetAddress address) {
    Record record = records.get(address);
    return record != null && clock.instant().isBefore(record.bannedUntil());
  }

  /**
   * Records a failed login.
   *
   * @param address the client's address
   * @return whether the address is banned now
   */
  public boolean recordFailure(InetAddress address) {
    Instant now = clock.instant();
    Record record = records.compute(address,
        (key, existing) -> (existing == null ? Record.EMPTY : existing).withFailure(now, policy));
    if (records.size() > PRUNE_THRESHOLD) {
      records.values().removeIf(r -> r.forgettable(now, policy));
    }
    return now.isBefore(record.bannedUntil());
  }
}
