package dev.ferry.ftp.protocol.listing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Objects;

/**
 * Formats LIST output in the Unix {@code ls -l} form that every FTP client parses, and NLST
 * output:
 *
 * <pre>
 * drwxr-xr-x    2 ferry    ferry        4096 Jan  5 12:34 docs
 * -rw-r--r--    1 ferry    ferry      104857 Mar 30  2023 report 2023.pdf
 * lrwxrwxrwx    1 ferry    ferry          11 Jan  5 12:34 latest -> report.pdf
 * </pre>
 *
 * <p>The columns are those of GNU {@code ls}, vsftpd and ProFTPD: the type letter and permission
 * letters (set-user-ID, set-group-ID and sticky as {@code s}/{@code S}, {@code t}/{@code T}), the
 * link count right-aligned in 4, owner and group left-aligned in 8, the size right-aligned in 8,
 * the date, the name. Wider values widen their column rather than being cut.
 *
 * <p>The date follows {@code ls}'s six-month rule: {@code Mon dd HH:MM} for a time in the last six
 * months (half of 365.2425 days) before now, otherwise {@code Mon dd  YYYY}. A time in the future
 * shows the year too, unless it is within {@linkplain Builder#futureSkew(Duration) a short skew}
 * (default {@value #DEFAULT_FUTURE_SKEW_SECONDS} seconds) for clocks that differ a little and files
 * written while the listing runs. Month names are English whatever the default locale, and the
 * time is shown in the {@linkplain Builder#zone(ZoneId) configured zone} (default UTC).
 *
 * <p>Details an entry lacks are filled in as servers do: link count 1, size 0, owner and group
 * {@code ftp} (configurable, also for an empty owner or group), permissions {@code rwxr-xr-x} for directories and {@code rw-r--r--}
 * otherwise, and the epoch for a missing time. A time outside the years 0000–9999 is clamped to
 * them. CR and LF in names, targets, owners and groups become {@code ?}, so a hostile file name
 * cannot inject lines into a listing.
 *
 * <p><b>NLST</b> (RFC 959 §4.1.3) sends only names, one per line: {@link #appendNlst} writes the
 * name, sanitized the same way. Lines are written without their end; the caller adds CRLF.
 *
 * <p>Instances are immutable and thread-safe. The clock is read once per entry.
 */
public final class ListingFormatter {
  /** The default tolerance for times in the future, in seconds. */
  public static final long DEFAULT_FUTURE_SKEW_SECONDS = 60;

  /** GNU {@code ls}: half of the mean Gregorian year, 365.2425 days. */
  static final long SIX_MONTHS_SECONDS = 31_556_952L / 2;

  private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
  private static final Instant EARLIEST = LocalDateTime.of(0, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
  private static final Instant LATEST =
      LocalDateTime.of(9999, 12, 31, 23, 59, 59).toInstant(ZoneOffset.UTC);

  private final ZoneId zone;
  private final ZoneRules rules;
  private final Clock clock;
  private final Duration futureSkew;
  private final String defaultOwner;
  private final String defaultGroup;

  private ListingFormatter(Builder b) {
    this.zone = b.zone;
    this.rules = b.zone.getRules();
    this.clock = b.clock;
    this.futureSkew = b.futureSkew;
    this.defaultOwner = b.defaultOwner;
    this.defaultGroup = b.defaultGroup;
  }

  /**
   * Returns a formatter in UTC with the system clock.
   *
   * @return a formatter with the defaults
   */
  public static ListingFormatter create() {
    return builder().build();
  }

  /**
   * Starts a formatter.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the time zone dates are shown in.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Formats an entry as a LIST line, without the line end.
   *
   * @param entry the entry
   * @return the line
   */
  public String formatList(ListingEntry entry) {
    return appendList(new StringBuilder(64 + entry.name.length()), entry).toString();
  }

  /**
   * Appends an entry as a LIST line, without the line end, to {@code out}. Reuse one builder for
   * a whole listing.
   *
   * @param out where to append
   * @param entry the entry
   * @return {@code out}
   */
  public StringBuilder appendList(StringBuilder out, ListingEntry entry) {
    out.append(UnixModes.typeLetter(entry.type));
    int mode = entry.mode;
    if (mode == ListingEntry.NONE) {
      mode = entry.type.isDirectory() ? 0755 : 0644;
    }
    UnixModes.appendPermissions(out, mode);
    out.append(' ');
    padLeft(out, entry.linkCount == ListingEntry.NONE ? 1 : entry.linkCount, 4);
    out.append(' ');
    padRight(out, orDefault(entry.owner, defaultOwner), 8);
    out.append(' ');
    padRight(out, orDefault(entry.group, defaultGroup), 8);
    out.append(' ');
    padLeft(out, entry.size == ListingEntry.NONE ? 0 : entry.size, 8);
    out.append(' ');
    appendDate(out, entry.modified == null ? Instant.EPOCH : entry.modified.instant());
    out.append(' ');
    Text.appendSafe(out, entry.name);
    if (entry.type == EntryType.SYMLINK && entry.linkTarget != null) {
      Text.appendSafe(out.append(" -> "), entry.linkTarget);
    }
    return out;
  }

  /**
   * Appends an entry as an NLST line, its name alone, without the line end.
   *
   * @param out where to append
   * @param entry the entry
   * @return {@code out}
   */
  public StringBuilder appendNlst(StringBuilder out, ListingEntry entry) {
    return Text.appendSafe(out, entry.name);
  }

  private void appendDate(StringBuilder out, Instant time) {
    if (time.isBefore(EARLIEST)) {
      time = EARLIEST;
    } else if (time.isAfter(LATEST)) {
      time = LATEST;
    }
    Instant now = clock.instant();
    long seconds = time.getEpochSecond();
    boolean recent =
        seconds > now.getEpochSecond() - SIX_MONTHS_SECONDS && time.isBefore(now.plus(futureSkew));
    LocalDateTime local = LocalDateTime.ofEpochSecond(seconds, 0, rules.getOffset(time));
    int month = local.getMonthValue() - 1;
    out.append(MONTHS, 3 * month, 3 * month + 3).append(' ');
    padLeft(out, local.getDayOfMonth(), 2);
    if (recent) {
      out.append(' ');
      twoDigits(out, local.getHour());
      out.append(':');
      twoDigits(out, local.getMinute());
    } else {
      int year = local.getYear();
      out.append("  ");
      if (year < 1000) {
        out.append(year < 10 ? "000" : year < 100 ? "00" : "0");
      }
      out.append(year);
    }
  }

  /** An empty owner would leave its column blank and shift the others for a parser. */
  private static String orDefault(String value, String fallback) {
    return value == null || value.isEmpty() ? fallback : value;
  }

  private static void twoDigits(StringBuilder out, int value) {
    out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  private static void padLeft(StringBuilder out, long value, int width) {
    for (int n = width - digits(value); n > 0; n--) {
      out.append(' ');
    }
    out.append(value);
  }

  private static void padRight(StringBuilder out, String value, int width) {
    Text.appendSafe(out, value);
    for (int n = width - value.length(); n > 0; n--) {
      out.append(' ');
    }
  }

  private static int digits(long value) {
    int digits = 1;
    while (value >= 10) {
      value /= 10;
      digits++;
    }
    return digits;
  }

  /** Configures a {@link ListingFormatter}. */
  public static final class Builder {
    private ZoneId zone = ZoneOffset.UTC;
    private Clock clock = Clock.systemUTC();
    private Duration futureSkew = Duration.ofSeconds(DEFAULT_FUTURE_SKEW_SECONDS);
    private String defaultOwner = "ftp";
    private String defaultGroup = "ftp";

    private Builder() {}

    /**
     * Sets the time zone dates are shown in; default UTC. Servers traditionally list in their
     * local time; UTC spares clients a guess.
     *
     * @param zone the zone
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Sets the clock the six-month rule measures from; default the system clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets how far in the future a time may lie and still show the time of day.
     *
     * @param futureSkew zero or more, under a day
     * @return this builder
     */
    public Builder futureSkew(Duration futureSkew) {
      if (futureSkew.isNegative() || futureSkew.compareTo(Duration.ofDays(1)) >= 0) {
        throw new IllegalArgumentException("future skew must be in [0, 1 day): " + futureSkew);
      }
      this.futureSkew = futureSkew;
      return this;
    }

    /**
     * Sets the owner shown for entries that have none; default {@code ftp}.
     *
     * @param owner a name without spaces
     * @return this builder
     */
    public Builder defaultOwner(String owner) {
      this.defaultOwner = requireWord(owner);
      return this;
    }

    /**
     * Sets the group shown for entries that have none; default {@code ftp}.
     *
     * @param group a name without spaces
     * @return this builder
     */
    public Builder defaultGroup(String group) {
      this.defaultGroup = requireWord(group);
      return this;
    }

    private static String requireWord(String s) {
      if (s.isEmpty() || s.indexOf(' ') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("not a single word: '" + s + "'");
      }
      return s;
    }

    /**
     * Builds the formatter.
     *
     * @return an immutable formatter
     */
    public ListingFormatter build() {
      return new ListingFormatter(this);
    }
  }
}
