package dev.ferry.ftp.server;

import java.time.Duration;
import java.util.Objects;

/** Validation of configuration values: each failure names the field, so a typo is easy to find. */
final class Checks {
  private Checks() {}

  static <T> T notNull(T value, String field) {
    return Objects.requireNonNull(value, field + " must not be null");
  }

  static int atLeast(int value, int minimum, String field) {
    if (value < minimum) {
      throw new IllegalArgumentException(field + " must be at least " + minimum + ": " + value);
    }
    return value;
  }

  static int port(int value, String field) {
    if (value < 0 || value > 65535) {
      throw new IllegalArgumentException(field + " must be between 0 and 65535: " + value);
    }
    return value;
  }

  static Duration positive(Duration value, String field) {
    notNull(value, field);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(field + " must be positive: " + value);
    }
    return value;
  }

  static Duration notNegative(Duration value, String field) {
    notNull(value, field);
    if (value.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative: " + value);
    }
    return value;
  }
}
