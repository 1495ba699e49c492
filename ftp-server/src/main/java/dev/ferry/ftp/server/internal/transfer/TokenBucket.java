package dev.ferry.ftp.server.internal.transfer;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * A token bucket of bytes: it fills at {@code bytesPerSecond} up to one second's worth, and a
 * transfer takes from it before it moves bytes. Taking more than is there leaves the bucket in
 * debt, and the taker waits until the debt is paid, so many takers share the rate fairly and none
 * holds the lock while it waits (a {@link ReentrantLock}, never {@code synchronized}: the waiting
 * threads are virtual).
 */
public final class TokenBucket {
  private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

  private final long bytesPerSecond;
  private final LongSupplier nanoTime;
  private final ReentrantLock lock = new ReentrantLock();
  private double tokens;
  private long last;

  /**
   * Creates an empty bucket: the first bytes already wait, so a transfer of {@code n} bytes takes
   * at least {@code n / bytesPerSecond} seconds.
   *
   * @param bytesPerSecond the rate, at least 1
   * @param nanoTime the time source, {@code System::nanoTime} outside tests
   */
  public TokenBucket(long bytesPerSecond, LongSupplier nanoTime) {
    if (bytesPerSecond < 1) {
      throw new IllegalArgumentException("bytesPerSecond must be positive: " + bytesPerSecond);
    }
    this.bytesPerSecond = bytesPerSecond;
    this.nanoTime = nanoTime;
    this.last = nanoTime.getAsLong();
  }

  /**
   * Returns the rate.
   *
   * @return bytes per second
   */
  public long bytesPerSecond() {
    return bytesPerSecond;
  }

  /**
   * Takes {@code bytes} from the bucket.
   *
   * @param bytes how many bytes are about to move
   * @return how long to wait before moving them, in nanoseconds (0 when the bucket had them)
   */
  public long take(long bytes) {
    lock.lock();
    try {
      long now = nanoTime.getAsLong();
      double refill = (now - last) * (double) bytesPerSecond / NANOS_PER_SECOND;
      last = now;
      // At most one second's worth piles up while nothing moves.
      tokens = Math.min(bytesPerSecond, tokens + refill) - bytes;
      return tokens >= 0 ? 0 : (long) Math.ceil(-tokens * NANOS_PER_SECOND / bytesPerSecond);
    } finally {
      lock.unlock();
    }
  }
}
