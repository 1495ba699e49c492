package dev.ferry.ftp.protocol.listing;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses the lines of a LIST (or MLSD) listing into {@link ListingEntry} values, one line at a
 * time, in one or several {@linkplain ListingDialect dialects}.
 *
 * <pre>{@code
 * ListingParser parser = ListingParser.builder().zone(serverZone).clock(clock).build();
 * for (String line : lines) {
 *   parser.parse(line).ifPresent(entries::add);
 * }
 * }</pre>
 *
 * <p>By default every dialect is tried, for each line, in {@link ListingDialect} order (Unix,
 * Windows, EPLF, NetWare, VMS, MLSx); the formats are told apart by their shape, so no line
 * matches two. A parser built for one dialect reads only that one, and an {@link
 * ListingDialect#MLSX} parser alone also reads fact-less MLSD lines ({@code " name"}).
 *
 * <p><b>Contract.</b> For a line that describes a file the result is the entry, with the line as
 * its {@linkplain ListingEntry#rawLine() raw line}. For a line that belongs to a listing but
 * describes nothing (a blank line, {@code total 123}, a VMS header or total) the result is empty.
 * A line in none of the dialects throws {@link ListingFormatException} (a client that prefers to
 * skip such lines catches it); nothing else is thrown, whatever the (non-null) line. Lines are given
 * without their line end. Times are read in the server's {@linkplain Builder#zone(ZoneId) zone}
 * (default UTC), and a year-less Unix date gets the latest year that puts it before now plus the
 * {@linkplain Builder#futureSkew(Duration) skew} (default one day), the inverse of the six-month
 * rule; see {@link ListingTime} for what each time's precision means.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ListingParser {
  private final List<ListingDialect> dialects;
  private final TimeContext time;
  private final boolean unixTotals;
  private final boolean vmsHeaders;

  private ListingParser(Builder b) {
    this.dialects = List.copyOf(b.dialects);
    this.time = new TimeContext(b.zone, b.clock, b.futureSkew);
    this.unixTotals = b.dialects.contains(ListingDialect.UNIX);
    this.vmsHeaders = b.dialects.contains(ListingDialect.VMS);
  }

  /**
   * Returns a parser of all dialects, in UTC, with the system clock.
   *
   * @return a parser with the defaults
   */
  public static ListingParser create() {
    return builder().build();
  }

  /**
   * Starts a parser.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the dialects this parser tries, in order.
   *
   * @return an unmodifiable list
   */
  public List<ListingDialect> dialects() {
    return dialects;
  }

  /**
   * Parses one line.
   *
   * @param line a line of the listing, without its line end
   * @return the entry, or empty for a line that describes no file
   * @throws ListingFormatException if the line is in none of this parser's dialects
   */
  public Optional<ListingEntry> parse(String line) {
    Objects.requireNonNull(line, "line");
    if (line.isBlank() || isNonEntry(line)) {
      return Optional.empty();
    }
    for (ListingDialect dialect : dialects) {
      ListingEntry entry = parse(dialect, line);
      if (entry != null) {
        return Optional.of(entry);
      }
    }
    throw new ListingFormatException(
        "not a listing line in " + dialects + ": '" + Text.excerpt(line) + "'");
  }

  private boolean isNonEntry(String line) {
    return unixTotals && UnixLineParser.isTotalLine(line)
        || vmsHeaders && VmsLineParser.isNonEntry(line);
  }

  private ListingEntry parse(ListingDialect dialect, String line) {
    return switch (dialect) {
      case UNIX -> UnixLineParser.parse(line, time);
      case WINDOWS -> DosLineParser.parse(line, time);
      case EPLF -> EplfLineParser.parse(line);
      case NETWARE -> NetwareLineParser.parse(line, time);
      case VMS -> VmsLineParser.parse(line, time);
      case MLSX -> dialects.size() == 1 || looksLikeFacts(line) ? Mlsx.parse(line) : null;
    };
  }

  /**
   * Whether a line starts with {@code name=value;} and ends its facts before a space: then it is
   * surely meant as MLSx, and a malformed one gets {@link Mlsx#parse}'s precise message.
   */
  private static boolean looksLikeFacts(String line) {
    int space = line.indexOf(' ');
    int semicolon = line.indexOf(';');
    int equals = line.indexOf('=');
    return space > 0 && line.charAt(space - 1) == ';' && equals > 0 && equals < semicolon;
  }

  /** Configures a {@link ListingParser}. */
  public static final class Builder {
    private EnumSet<ListingDialect> dialects = EnumSet.allOf(ListingDialect.class);
    private ZoneId zone = ZoneOffset.UTC;
    private Clock clock = Clock.systemUTC();
    private Duration futureSkew = Duration.ofDays(1);

    private Builder() {}

    /**
     * Sets the dialects to try; default all of them. They are tried in {@link ListingDialect}
     * order whatever order they are given in.
     *
     * @param first a dialect
     * @param more further dialects
     * @return this builder
     */
    public Builder dialects(ListingDialect first, ListingDialect... more) {
      this.dialects = EnumSet.of(first, more);
      return this;
    }

    /**
     * Sets the time zone the server writes local times in; default UTC. Not used for EPLF and
     * MLSx, whose times are UTC, nor for full-iso times, which carry their offset. A local time
     * that a daylight-saving change makes ambiguous is read with the earlier offset, one that it
     * skips is moved forward by the gap.
     *
     * @param zone the server's zone
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Sets the clock that year-less and two-digit-year dates are placed against; default the
     * system clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets how far in the future a year-less date may lie before it is taken as last year's;
     * default one day, which also absorbs a server zone set a few hours off.
     *
     * @param futureSkew zero or more, under 90 days
     * @return this builder
     */
    public Builder futureSkew(Duration futureSkew) {
      if (futureSkew.isNegative() || futureSkew.compareTo(Duration.ofDays(90)) >= 0) {
        throw new IllegalArgumentException("future skew must be in [0, 90 days): " + futureSkew);
      }
      this.futureSkew = futureSkew;
      return this;
    }

    /**
     * Builds the parser.
     *
     * @return an immutable parser
     */
    public ListingParser build() {
      return new ListingParser(this);
    }
  }
}
