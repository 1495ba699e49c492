package dev.ferry.ftp.protocol.listing;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A time from a listing together with how much of it the listing actually stated.
 *
 * <p>Listings are vague about time, and a client that compares times (to synchronise, to skip
 * unchanged files) must know how vague. A Unix line {@code Jan  5 12:34} states the minute but not
 * the year: it is {@code MINUTES}-precise and its year is inferred from the current time by the
 * six-month rule. {@code Jan  5  2023} states only the day: {@code DAYS}. An MLSx {@code modify}
 * fact is {@code SECONDS}-precise or finer.
 *
 * <p>{@link #instant()} is the start of the interval the listing named, read in the time zone the
 * parser was given: the true time lies in {@code [instant, instant + precision)}, see {@link
 * #covers(Instant)}.
 *
 * @param instant the start of the interval the listing named
 * @param precision the unit the listing stated the time to: {@code DAYS}, {@code MINUTES}, {@code
 *     SECONDS}, {@code MILLIS}, {@code MICROS} or {@code NANOS}
 * @param yearInferred whether the year (or, for a two-digit year, the century) was not in the
 *     listing and was inferred from the current time
 */
public record ListingTime(Instant instant, ChronoUnit precision, boolean yearInferred) {
  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException for a precision other than those listed
   */
  public ListingTime {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(precision, "precision");
    switch (precision) {
      case DAYS, MINUTES, SECONDS, MILLIS, MICROS, NANOS -> {}
      default -> throw new IllegalArgumentException("not a listing precision: " + precision);
    }
  }

  /**
   * Returns an exact time, as a server knows it from its file system.
   *
   * @param instant the time
   * @return a {@code NANOS}-precise time with a known year
   */
  public static ListingTime exact(Instant instant) {
    return new ListingTime(instant, ChronoUnit.NANOS, false);
  }

  /**
   * Returns a time stated to {@code precision}, with a known year.
   *
   * @param instant the start of the interval
   * @param precision the unit the time is stated to
   * @return the time
   */
  public static ListingTime of(Instant instant, ChronoUnit precision) {
    return new ListingTime(instant, precision, false);
  }

  /**
   * Returns whether {@code time} lies in the interval this value names, {@code [instant, instant +
   * precision)}. A {@code DAYS} interval is taken as 24 hours, so on a daylight-saving change day
   * it is an hour off at one end.
   *
   * @param time a time to check, for example a local file's modification time
   * @return whether this listing time is consistent with it
   */
  public boolean covers(Instant time) {
    return !time.isBefore(instant)
        && Duration.between(instant, time).compareTo(precision.getDuration()) < 0;
  }
}
