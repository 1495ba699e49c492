package dev.ferry.ftp.protocol.listing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * How the parsers turn the local, often year-less times of a listing into instants: the server's
 * time zone, the current time, and how far in the future a year-less time may lie.
 */
final class TimeContext {
  final ZoneId zone;
  final Clock clock;
  final Duration futureSkew;

  TimeContext(ZoneId zone, Clock clock, Duration futureSkew) {
    this.zone = zone;
    this.clock = clock;
    this.futureSkew = futureSkew;
  }

  /**
   * Returns the time of a year-less Unix date ({@code Jan  5 12:34}): the latest year in which it
   * lies before now plus the skew. That inverts the six-month rule of {@code ls}, which prints the
   * time of day only for times within the last six months, for any skew below six months. A
   * February 29 goes back to the last leap year. Returns {@code null} for an impossible date.
   */
  ListingTime inferYear(int month, int day, int hour, int minute) {
    if (!isTime(hour, minute, 0) || month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    Instant limit = clock.instant().plus(futureSkew);
    int year = LocalDateTime.ofInstant(limit, zone).getYear();
    for (int y = year; y > year - 9; y--) {
      if (day <= lengthOfMonth(y, month)) {
        Instant t = LocalDateTime.of(y, month, day, hour, minute).atZone(zone).toInstant();
        if (t.isBefore(limit)) {
          return new ListingTime(t, ChronoUnit.MINUTES, true);
        }
      }
    }
    return null;
  }

  /** Returns a four-digit year for a two-digit one: the one in (now − 80 years, now + 20 years]. */
  int expandYear(int twoDigits) {
    int now = LocalDateTime.ofInstant(clock.instant(), zone).getYear();
    int year = now - Math.floorMod(now, 100) + twoDigits;
    if (year > now + 20) {
      year -= 100;
    } else if (year <= now - 80) {
      year += 100;
    }
    return year;
  }

  /**
   * Returns the time of a complete local date and time in the server's zone, or at {@code offset}
   * when the listing gave one; {@code null} if the date or time does not exist.
   */
  ListingTime at(
      int year, int month, int day, int hour, int minute, int second, int nanos,
      ChronoUnit precision, boolean yearInferred, ZoneOffset offset) {
    if (year < 0 || year > 9999 || month < 1 || month > 12 || day < 1
        || day > lengthOfMonth(year, month) || !isTime(hour, minute, second)) {
      return null;
    }
    LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
    Instant t = offset != null ? local.toInstant(offset) : local.atZone(zone).toInstant();
    return new ListingTime(t, precision, yearInferred);
  }

  /** The precision of a time with {@code digits} fraction-of-second digits, never overclaimed. */
  static ChronoUnit fractionPrecision(int digits) {
    return digits >= 9 ? ChronoUnit.NANOS
        : digits >= 6 ? ChronoUnit.MICROS
        : digits >= 3 ? ChronoUnit.MILLIS
        : ChronoUnit.SECONDS;
  }

  private static boolean isTime(int hour, int minute, int second) {
    return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
  }

  static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }
}
