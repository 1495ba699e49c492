package dev.ferry.ftp.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves forward by a fixed step each time it is read: time-driven code, made fast. */
final class SteppingClock extends Clock {
  private final Duration step;
  private Instant now = Instant.parse("2025-01-01T00:00:00Z");

  SteppingClock(Duration step) {
    this.step = step;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }

  @Override
  public synchronized Instant instant() {
    now = now.plus(step);
    return now;
  }
}
