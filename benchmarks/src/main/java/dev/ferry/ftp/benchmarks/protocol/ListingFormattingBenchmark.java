package dev.ferry.ftp.benchmarks.protocol;

import dev.ferry.ftp.protocol.listing.EntryType;
import dev.ferry.ftp.protocol.listing.Fact;
import dev.ferry.ftp.protocol.listing.ListingEntry;
import dev.ferry.ftp.protocol.listing.ListingFormatter;
import dev.ferry.ftp.protocol.listing.ListingParser;
import dev.ferry.ftp.protocol.listing.ListingTime;
import dev.ferry.ftp.protocol.listing.Mlsx;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 10,000-entry directory listing: formatted as LIST ({@code ls -l}) and MLSD lines into one
 * reused buffer, as a server writes them, and parsed back as a client reads them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ListingFormattingBenchmark {
  /** Entries in the directory. */
  static final int ENTRIES = 10_000;
  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
  private static final Set<Fact> MLSD_FACTS =
      EnumSet.of(Fact.TYPE, Fact.SIZE, Fact.MODIFY, Fact.PERM, Fact.UNIQUE);

  private final List<ListingEntry> entries = new ArrayList<>(ENTRIES);
  private final List<String> listLines = new ArrayList<>(ENTRIES);
  private final StringBuilder out = new StringBuilder(1 << 20);
  private ListingFormatter formatter;
  private ListingParser parser;

  /** Builds the entries (a mix of recent and old files and some directories) once. */
  @Setup
  public void setUp() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    formatter = ListingFormatter.builder().clock(clock).build();
    parser = ListingParser.builder().clock(clock).build();
    for (int i = 0; i < ENTRIES; i++) {
      boolean directory = i % 10 == 0;
      Instant modified = NOW.minus(i * 1_731L, ChronoUnit.SECONDS); // spans ~200 days
      ListingEntry entry = ListingEntry.builder(
              (directory ? "folder-" : "file-") + i + (directory ? "" : ".dat"),
              directory ? EntryType.DIRECTORY : EntryType.FILE)
          .size(directory ? 4096 : 1_000L * i)
          .modified(ListingTime.of(modified, ChronoUnit.SECONDS))
          .mode(directory ? 0755 : 0644)
          .owner("ferry")
          .group("ferry")
          .linkCount(directory ? 2 : 1)
          .unique("803g" + Integer.toHexString(i))
          .build();
      entries.add(entry);
      listLines.add(formatter.formatList(entry));
    }
  }

  /**
   * Formats all entries as LIST lines.
   *
   * @return the buffer's length
   */
  @Benchmark
  public int formatList() {
    out.setLength(0);
    for (ListingEntry entry : entries) {
      formatter.appendList(out, entry).append("\r\n");
    }
    return out.length();
  }

  /**
   * Formats all entries as MLSD lines with five facts.
   *
   * @return the buffer's length
   */
  @Benchmark
  public int formatMlsd() {
    out.setLength(0);
    for (ListingEntry entry : entries) {
      Mlsx.appendTo(out, entry, MLSD_FACTS).append("\r\n");
    }
    return out.length();
  }

  /**
   * Parses all LIST lines back, with dialect detection.
   *
   * @return the number of entries parsed
   */
  @Benchmark
  public int parseList() {
    int parsed = 0;
    for (String line : listLines) {
      if (parser.parse(line).isPresent()) {
        parsed++;
      }
    }
    return parsed;
  }
}
