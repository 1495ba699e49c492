package dev.ferry.ftp.server.internal.transfer;

import dev.ferry.ftp.server.Timeouts;
import dev.ferry.ftp.server.internal.data.AbortReason;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.Closeable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Aborts a transfer that moved no byte for a whole stalled-transfer period ({@code 426}). Socket
 * writes have no timeout of their own, so a client that stops reading would otherwise hold a
 * transfer thread forever; closing the socket unblocks it. One daemon thread checks every
 * transfer; the server closes it on shutdown.
 */
@Singleton
public final class StallWatchdog implements Closeable {
  private final long periodMillis;
  private final ScheduledExecutorService scheduler;

  @Inject
  StallWatchdog(Timeouts timeouts) {
    this.periodMillis = timeouts.stalledTransfer().toMillis();
    this.scheduler = Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().name("ferry-stall-watchdog").daemon().factory());
  }

  /**
   * Watches a transfer until the returned handle is cancelled.
   *
   * @param transfer the transfer, its data connection open
   * @return the handle to cancel when the transfer ends
   */
  ScheduledFuture<?> watch(Transfer transfer) {
    long[] last = {transfer.progress().bytes()};
    return scheduler.scheduleAtFixedRate(() -> {
      long now = transfer.progress().bytes();
      if (now == last[0]) {
        transfer.abort(AbortReason.STALLED);
      }
      last[0] = now;
    }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
  }

  /** Stops the watchdog thread. */
  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
