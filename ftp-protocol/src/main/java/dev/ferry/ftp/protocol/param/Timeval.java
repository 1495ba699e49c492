package dev.ferry.ftp.protocol.param;

import dev.ferry.ftp.protocol.InvalidArgumentException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A time value of RFC 3659 §2.3, {@code YYYYMMDDHHMMSS[.F+]} in UTC: the one time codec of Ferry,
 * used by MDTM (§3), MFMT/MFCT (draft-somers-ftp-mfxx) and the {@code modify}/{@code create} facts
 * of MLSx (§7.5.3).
 *
 * <p>A value is an {@link Instant} plus the number of fraction digits it is written with (0 to 9);
 * the instant never holds more precision than those digits, so {@code parse(t.toString())} equals
 * {@code t}. {@code Timeval.of(instant, ChronoUnit.MILLIS).toString()} gives
 * {@code 20240105123456.789}; {@code Timeval.parse("20240105123456")} gives an instant with zero
 * nanoseconds.
 *
 * <p>Parsing is strict: exactly fourteen ASCII digits, a real calendar date (no February 30),
 * hours 00–23, minutes 00–59, seconds 00–60, then optionally a dot and at least one digit; nothing
 * before or after. Digits beyond the ninth fraction digit are accepted and dropped, since an
 * {@code Instant} holds nanoseconds at most.
 *
 * <p><b>Leap seconds.</b> RFC 3659 allows a seconds field of 60 for a leap second. {@code Instant}
 * has no leap seconds (java.time spreads them over the day's last moments), so {@code 23:59:60}
 * reads as the last moment of {@code 23:59:59} that the value's digits can state: {@code 23:59:59}
 * without a fraction, {@code 23:59:59.9} with one digit, {@code 23:59:59.999} with three. The date
 * stays the same, the order against other times of that day is kept (ties aside), and formatting
 * the result parses back to it. Leap seconds are only ever inserted at the end of a UTC day, so a
 * 60 at any other hour or minute is rejected. Formatting never writes 60.
 *
 * @param instant the time, within {@link #MIN} and {@link #MAX}, truncated to the fraction digits
 * @param fractionDigits how many fraction-of-second digits the value is written with, 0 to 9
 */
public record Timeval(Instant instant, int fractionDigits) {
  /** The earliest instant a time value can hold: {@code 00000101000000}. */
  public static final Instant MIN = LocalDateTime.of(0, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);

  /** The latest instant a time value can hold: {@code 99991231235959.999999999}. */
  public static final Instant MAX =
      LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999).toInstant(ZoneOffset.UTC);

  private static final int[] POWERS_OF_TEN = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
  };

  /**
   * Creates a time value, truncating the instant to {@code fractionDigits} digits.
   *
   * @throws IllegalArgumentException if the instant is outside {@link #MIN}..{@link #MAX} or the
   *     digits are outside 0..9
   */
  public Timeval {
    Objects.requireNonNull(instant, "instant");
    if (fractionDigits < 0 || fractionDigits > 9) {
      throw new IllegalArgumentException("fraction digits must be 0 to 9: " + fractionDigits);
    }
    if (instant.isBefore(MIN) || instant.isAfter(MAX)) {
      throw new IllegalArgumentException("a time value holds years 0000 to 9999: " + instant);
    }
    int unit = POWERS_OF_TEN[9 - fractionDigits];
    int nanos = instant.getNano();
    if (nanos % unit != 0) {
      instant = instant.minusNanos(nanos % unit);
    }
  }

  /**
   * Returns a time value of {@code instant} written to {@code precision}, truncating finer parts.
   *
   * @param instant the time, within {@link #MIN} and {@link #MAX}
   * @param precision {@code SECONDS}, {@code MILLIS}, {@code MICROS} or {@code NANOS}
   * @return the time value
   * @throws IllegalArgumentException for another unit or an instant out of range
   */
  public static Timeval of(Instant instant, ChronoUnit precision) {
    return new Timeval(instant, digitsOf(precision));
  }

  /**
   * Formats {@code instant} as a time value of {@code precision}: {@code of(instant,
   * precision).toString()}.
   *
   * @param instant the time, within {@link #MIN} and {@link #MAX}
   * @param precision {@code SECONDS}, {@code MILLIS}, {@code MICROS} or {@code NANOS}
   * @return for example {@code 20240105123456} or {@code 20240105123456.789}
   */
  public static String format(Instant instant, ChronoUnit precision) {
    return of(instant, precision).toString();
  }

  /**
   * Parses a time value (RFC 3659 §2.3). The text of an MDTM reply (§3.2, {@code 213 SP
   * time-val}) is exactly such a value.
   *
   * @param text the time value, nothing before or after it
   * @return the value, with as many fraction digits as the text had (at most 9)
   * @throws InvalidArgumentException if the text does not follow the grammar or names no real time
   */
  public static Timeval parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    if (length < 14) {
      throw invalid(text, "expected YYYYMMDDHHMMSS");
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 4, 2);
    int day = digits(text, 6, 2);
    int hour = digits(text, 8, 2);
    int minute = digits(text, 10, 2);
    int second = digits(text, 12, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
      throw invalid(text, "expected 14 digits YYYYMMDDHHMMSS");
    }
    int nanos = 0;
    int fractionDigits = 0;
    if (length > 14) {
      if (text.charAt(14) != '.' || length == 15) {
        throw invalid(text, "expected a dot and fraction digits after the seconds");
      }
      for (int i = 15; i < length; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          throw invalid(text, "fraction of a second must be digits");
        }
        if (fractionDigits < 9) {
          nanos = nanos * 10 + (c - '0');
          fractionDigits++;
        }
      }
      nanos *= POWERS_OF_TEN[9 - fractionDigits];
    }
    if (month < 1 || month > 12) {
      throw invalid(text, "month must be 01 to 12");
    }
    if (day < 1 || day > lengthOfMonth(year, month)) {
      throw invalid(text, "no day " + day + " in month " + month + " of " + year);
    }
    if (hour > 23 || minute > 59 || second > 60) {
      throw invalid(text, "hour, minute or second out of range");
    }
    if (second == 60) {
      if (hour != 23 || minute != 59) {
        throw invalid(text, "a leap second (60) only ends a UTC day, at 23:59");
      }
      second = 59;
      nanos = 999_999_999;
    }
    Instant instant =
        LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
    return new Timeval(instant, fractionDigits);
  }

  /**
   * Returns the finest unit this value is known to: {@code SECONDS} for 0 to 2 fraction digits,
   * {@code MILLIS} for 3 to 5, {@code MICROS} for 6 to 8, {@code NANOS} for 9. It never claims more
   * than the digits say.
   *
   * @return the precision
   */
  public ChronoUnit precision() {
    return switch (fractionDigits / 3) {
      case 0 -> ChronoUnit.SECONDS;
      case 1 -> ChronoUnit.MILLIS;
      case 2 -> ChronoUnit.MICROS;
      default -> ChronoUnit.NANOS;
    };
  }

  /**
   * Appends the wire form to {@code out}, without allocating a string.
   *
   * @param out where to append
   * @return {@code out}
   */
  public StringBuilder appendTo(StringBuilder out) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    pad(out, t.getYear(), 4);
    pad(out, t.getMonthValue(), 2);
    pad(out, t.getDayOfMonth(), 2);
    pad(out, t.getHour(), 2);
    pad(out, t.getMinute(), 2);
    pad(out, t.getSecond(), 2);
    if (fractionDigits > 0) {
      out.append('.');
      pad(out, instant.getNano() / POWERS_OF_TEN[9 - fractionDigits], fractionDigits);
    }
    return out;
  }

  /**
   * Returns the wire form, for example {@code 20240105123456} or {@code 20240105123456.5}.
   *
   * @return the time value as RFC 3659 §2.3 writes it
   */
  @Override
  public String toString() {
    return appendTo(new StringBuilder(14 + 1 + fractionDigits)).toString();
  }

  static int digitsOf(ChronoUnit precision) {
    return switch (precision) {
      case SECONDS -> 0;
      case MILLIS -> 3;
      case MICROS -> 6;
      case NANOS -> 9;
      default ->
          throw new IllegalArgumentException(
              "a time value has SECONDS, MILLIS, MICROS or NANOS precision, not " + precision);
    };
  }

  private static void pad(StringBuilder out, int value, int width) {
    for (int p = width - 1; p >= 0; p--) {
      out.append((char) ('0' + (value / POWERS_OF_TEN[p]) % 10));
    }
  }

  /** Returns the number in {@code count} ASCII digits at {@code from}, or -1 if one is not. */
  private static int digits(CharSequence text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static InvalidArgumentException invalid(CharSequence text, String why) {
    return new InvalidArgumentException(
        "invalid time value '" + excerpt(text) + "': " + why + " (RFC 3659 §2.3)");
  }

  private static String excerpt(CharSequence text) {
    return text.length() <= 64 ? text.toString() : text.subSequence(0, 64) + "...";
  }

  /**
   * A time value that names a path: the argument of MFMT and MFCT, {@code <time-val> SP <path>},
   * and the text of their 213 reply, {@code Modify=<time-val>; <path>} or {@code
   * Create=<time-val>; <path>} (draft-somers-ftp-mfxx §3–§4).
   *
   * <p>The path is everything after the single space that follows the time value or the {@code ;}:
   * it may contain spaces, and a space that begins it belongs to it.
   *
   * @param time the time value
   * @param path the path, not empty
   */
  public record TimedPath(Timeval time, String path) {
    /** The fact name of the MFMT reply. */
    public static final String MODIFY = "Modify";

    /** The fact name of the MFCT reply. */
    public static final String CREATE = "Create";

    /**
     * Creates the value.
     *
     * @throws IllegalArgumentException if the path is empty
     */
    public TimedPath {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(path, "path");
      if (path.isEmpty()) {
        throw new IllegalArgumentException("path is empty");
      }
    }

    /**
     * Parses an MFMT or MFCT argument, {@code <time-val> SP <path>}.
     *
     * @param argument the command argument, for example {@code 20240105123456 my file.txt}
     * @return the time and path
     * @throws InvalidArgumentException if the argument does not follow the grammar
     */
    public static TimedPath parseArgument(String argument) {
      Objects.requireNonNull(argument, "argument");
      int space = argument.indexOf(' ');
      if (space < 0 || space == argument.length() - 1) {
        throw new InvalidArgumentException(
            "expected '<time-val> <path>', got '" + excerpt(argument) + "'");
      }
      return new TimedPath(parse(argument.subSequence(0, space)), argument.substring(space + 1));
    }

    /**
     * Returns the MFMT/MFCT argument, {@code <time-val> SP <path>}.
     *
     * @return the argument
     */
    public String toArgument() {
      return time.appendTo(new StringBuilder(16 + path.length())).append(' ').append(path).toString();
    }

    /**
     * Parses the text of a 213 reply to MFMT or MFCT, {@code <fact>=<time-val>; <path>}. The fact
     * name is matched without regard to case.
     *
     * @param fact {@link #MODIFY} for MFMT, {@link #CREATE} for MFCT
     * @param text the reply text after {@code 213 }
     * @return the time and path
     * @throws InvalidArgumentException if the text does not follow the grammar
     */
    public static TimedPath parseReply(String fact, String text) {
      Objects.requireNonNull(fact, "fact");
      Objects.requireNonNull(text, "text");
      int equals = fact.length();
      int semicolon = text.indexOf(';', equals + 1);
      if (text.length() <= equals
          || !text.regionMatches(true, 0, fact, 0, equals)
          || text.charAt(equals) != '='
          || semicolon < 0
          || semicolon + 2 >= text.length()
          || text.charAt(semicolon + 1) != ' ') {
        throw new InvalidArgumentException(
            "expected '" + fact + "=<time-val>; <path>', got '" + excerpt(text) + "'");
      }
      return new TimedPath(
          parse(text.subSequence(equals + 1, semicolon)), text.substring(semicolon + 2));
    }

    /**
     * Returns the text of the 213 reply, {@code <fact>=<time-val>; <path>}.
     *
     * @param fact {@link #MODIFY} for MFMT, {@link #CREATE} for MFCT
     * @return the reply text
     */
    public String toReply(String fact) {
      Objects.requireNonNull(fact, "fact");
      StringBuilder out = new StringBuilder(fact.length() + 19 + path.length()).append(fact);
      return time.appendTo(out.append('=')).append("; ").append(path).toString();
    }

    /**
     * Returns the MFMT/MFCT argument form, as {@link #toArgument()} does.
     *
     * @return {@code <time-val> SP <path>}
     */
    @Override
    public String toString() {
      return toArgument();
    }
  }
}
