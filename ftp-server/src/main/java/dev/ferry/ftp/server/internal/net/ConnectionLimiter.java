package dev.ferry.ftp.server.internal.net;

import dev.ferry.ftp.server.Limits;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Session permits: one from the global pool and one from the client address's count, taken on the
 * acceptor thread before a session thread exists (Jetty once created threads first and bounded
 * nothing). Refusal is immediate; nothing waits for a permit.
 */
@Singleton
public final class ConnectionLimiter {
  private final Limits limits;
  private final Semaphore global;
  private final ConcurrentHashMap<InetAddress, Integer> perAddress = new ConcurrentHashMap<>();

  @Inject
  ConnectionLimiter(Limits limits) {
    this.limits = limits;
    this.global = new Semaphore(limits.maxSessions());
  }

  /** A held permit; closing it returns it, once. */
  public final class Permit implements AutoCloseable {
    private final InetAddress address;
    private final AtomicBoolean released = new AtomicBoolean();

    private Permit(InetAddress address) {
      this.address = address;
    }

    @Override
    public void close() {
      if (released.compareAndSet(false, true)) {
        perAddress.computeIfPresent(address, (key, count) -> count == 1 ? null : count - 1);
        global.release();
      }
    }
  }

  /**
   * Takes a permit for a new session.
   *
   * @param address the client's address
   * @return the permit, or empty if a limit is reached
   */
  public Optional<Permit> tryAcquire(InetAddress address) {
    if (!global.tryAcquire()) {
      return Optional.empty();
    }
    boolean[] granted = {false};
    perAddress.compute(address, (key, count) -> {
      int current = count == null ? 0 : count;
      if (current >= limits.maxSessionsPerAddress()) {
        return count;
      }
      granted[0] = true;
      return current + 1;
    });
    if (!granted[0]) {
      global.release();
      return Optional.empty();
    }
    return Optional.of(new Permit(address));
  }
}
