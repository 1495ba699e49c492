package dev.ferry.ftp.client;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;

/** Counts a transfer's bytes and reports to its listener, at most every 100 ms and at the end. */
final class ProgressTracker {
  private static final long INTERVAL_MILLIS = 100;

  private final TransferListener listener;
  private final String path;
  private final TransferProgress.Direction direction;
  private final long startOffset;
  private final OptionalLong total;
  private final Clock clock;
  private final long start;
  private long bytes;
  private long lastReport;

  ProgressTracker(
      TransferListener listener,
      String path,
      TransferProgress.Direction direction,
      long startOffset,
      OptionalLong total,
      Clock clock) {
    this.listener = listener;
    this.path = path;
    this.direction = direction;
    this.startOffset = startOffset;
    this.total = total;
    this.clock = clock;
    this.start = clock.millis();
    this.lastReport = start;
  }

  void add(int count) {
    bytes += count;
    if (listener == TransferListener.NONE) {
      return;
    }
    long now = clock.millis();
    if (now - lastReport >= INTERVAL_MILLIS) {
      lastReport = now;
      listener.progress(snapshot(now, false));
    }
  }

  void finish() {
    if (listener != TransferListener.NONE) {
      listener.progress(snapshot(clock.millis(), true));
    }
  }

  long bytes() {
    return bytes;
  }

  Duration elapsed() {
    return Duration.ofMillis(Math.max(0, clock.millis() - start));
  }

  private TransferProgress snapshot(long now, boolean done) {
    return new TransferProgress(
        path,
        direction,
        startOffset,
        bytes,
        total,
        Duration.ofMillis(Math.max(0, now - start)),
        done);
  }
}
