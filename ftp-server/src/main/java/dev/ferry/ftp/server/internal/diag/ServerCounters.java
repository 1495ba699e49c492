package dev.ferry.ftp.server.internal.diag;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Live counts of what the server holds open: session threads, transfer threads and data sockets
 * (passive listeners and data connections). Every opening is paired with a closing in a
 * {@code finally}, so after the last client leaves all three are zero; the tests' leak checks
 * rely on it.
 */
@Singleton
public final class ServerCounters {
  private final AtomicInteger sessions = new AtomicInteger();
  private final AtomicInteger transfers = new AtomicInteger();
  private final AtomicInteger dataSockets = new AtomicInteger();

  /** Creates zeroed counters. */
  @Inject
  ServerCounters() {}

  /** Counts a session thread that started. */
  public void sessionStarted() {
    sessions.incrementAndGet();
  }

  /** Counts a session thread that ended. */
  public void sessionEnded() {
    sessions.decrementAndGet();
  }

  /** Counts a transfer thread that started. */
  public void transferStarted() {
    transfers.incrementAndGet();
  }

  /** Counts a transfer thread that ended. */
  public void transferEnded() {
    transfers.decrementAndGet();
  }

  /** Counts a data socket that was opened. */
  public void dataSocketOpened() {
    dataSockets.incrementAndGet();
  }

  /** Counts a data socket that was closed. */
  public void dataSocketClosed() {
    dataSockets.decrementAndGet();
  }

  /**
   * Returns the current counts.
   *
   * @return a snapshot
   */
  public Snapshot snapshot() {
    return new Snapshot(sessions.get(), transfers.get(), dataSockets.get());
  }

  /**
   * Counts at one moment.
   *
   * @param sessions live session threads
   * @param transfers live transfer threads
   * @param dataSockets open passive listeners and data connections
   */
  public record Snapshot(int sessions, int transfers, int dataSockets) {
    /**
     * Tells whether nothing is held.
     *
     * @return whether all counts are zero
     */
    public boolean isIdle() {
      return sessions == 0 && transfers == 0 && dataSockets == 0;
    }
  }
}
