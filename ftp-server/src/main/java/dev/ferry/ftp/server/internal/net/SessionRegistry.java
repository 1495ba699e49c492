package dev.ferry.ftp.server.internal.net;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live sessions, for graceful shutdown: once {@link #shutdown} began, no session is added,
 * each running transfer gets until the deadline, then every session receives {@code 421} and is
 * closed, and the registry waits (bounded) for their threads to end.
 */
@Singleton
public final class SessionRegistry {
  private static final Logger log = LoggerFactory.getLogger(SessionRegistry.class);
  private static final Duration THREAD_END_WAIT = Duration.ofSeconds(10);

  private final Map<ControlSession, Thread> live = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final ReentrantLock lock = new ReentrantLock();
  private boolean closed;

  /** Creates an empty registry. */
  @Inject
  SessionRegistry() {}

  String nextId() {
    return Long.toString(ids.incrementAndGet(), 36);
  }

  /**
   * Starts a session's thread and registers it, unless shutdown began.
   *
   * @param session the session
   * @param thread its unstarted thread
   * @return whether it was started
   */
  boolean start(ControlSession session, Thread thread) {
    lock.lock();
    try {
      if (closed) {
        return false;
      }
      live.put(session, thread);
      thread.start();
      return true;
    } finally {
      lock.unlock();
    }
  }

  void remove(ControlSession session) {
    live.remove(session);
  }

  /** Returns the live sessions; for the session tests. */
  List<ControlSession> sessions() {
    return List.copyOf(live.keySet());
  }

  /**
   * Returns how many sessions are live.
   *
   * @return the count
   */
  public int size() {
    return live.size();
  }

  /**
   * Shuts every session down gracefully.
   *
   * @param grace how long running transfers may still take
   */
  public void shutdown(Duration grace) {
    lock.lock();
    try {
      closed = true;
    } finally {
      lock.unlock();
    }
    Instant deadline = Instant.now().plus(grace);
    List<Map.Entry<ControlSession, Thread>> sessions = List.copyOf(live.entrySet());
    try {
      for (Map.Entry<ControlSession, Thread> entry : sessions) {
        Duration left = Duration.between(Instant.now(), deadline);
        entry.getKey().shutdown(left.isNegative() ? Duration.ZERO : left);
      }
      Instant joinDeadline = Instant.now().plus(THREAD_END_WAIT);
      for (Map.Entry<ControlSession, Thread> entry : sessions) {
        Duration left = Duration.between(Instant.now(), joinDeadline);
        if (left.isNegative() || !entry.getValue().join(left)) {
          log.warn("Session {} did not end in time", entry.getKey().id());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
