package dev.ferry.ftp.server.internal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The token bucket by a hand-moved clock: debt, refill, the one-second cap. */
class TokenBucketTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final TokenBucket bucket = new TokenBucket(1000, now::get);

  @Test
  void startsEmptySoTheFirstBytesWait() {
    assertEquals(500_000_000L, bucket.take(500));
    // Debt adds up: 500 more bytes wait a whole second from now.
    assertEquals(1_000_000_000L, bucket.take(500));
  }

  @Test
  void timePaysTheDebtAndFillsTheBucket() {
    bucket.take(1000);
    now.addAndGet(1_000_000_000L);
    assertEquals(0, bucket.take(0));
    now.addAndGet(500_000_000L);
    assertEquals(0, bucket.take(500));
    assertEquals(100_000_000L, bucket.take(100));
  }

  @Test
  void atMostOneSecondPilesUpWhileIdle() {
    now.addAndGet(3_600_000_000_000L);
    assertEquals(0, bucket.take(1000));
    assertEquals(1_000_000L, bucket.take(1));
  }

  @Test
  void aRateMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, now::get));
  }
}
