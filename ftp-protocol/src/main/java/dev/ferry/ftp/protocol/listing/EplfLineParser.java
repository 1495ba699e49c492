package dev.ferry.ftp.protocol.listing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Reads EPLF, the Easily Parsed LIST Format of D. J. Bernstein's publicfile and a few other
 * servers (cr.yp.to/ftp/list/eplf.html):
 *
 * <pre>
 * +i8388621.48594,m825718503,r,s280,\tdjb.html
 * </pre>
 *
 * <p>A {@code +}, facts each ended by a comma, a tab, the name. Facts: {@code /} (a directory),
 * {@code r} (a file that can be retrieved), {@code s} size, {@code m} modification time in seconds
 * since the epoch (UTC), {@code i} a unique identifier, {@code up} Unix permission bits in octal.
 * Other facts are skipped, as the format asks. An entry that is neither {@code /} nor {@code r} is
 * {@link EntryType#OTHER}.
 */
final class EplfLineParser {
  private EplfLineParser() {}

  /** Parses a line, or returns {@code null} if it is not an EPLF line. */
  static ListingEntry parse(String line) {
    int tab = line.indexOf('\t');
    if (line.isEmpty() || line.charAt(0) != '+' || tab < 0 || tab == line.length() - 1) {
      return null;
    }
    ListingEntry.Builder b =
        ListingEntry.builder(line.substring(tab + 1), EntryType.OTHER).rawLine(line);
    boolean directory = false;
    boolean retrievable = false;
    int start = 1;
    while (start < tab) {
      int end = line.indexOf(',', start, tab);
      if (end < 0) {
        end = tab;
      }
      if (end > start) {
        switch (line.charAt(start)) {
          case '/' -> directory = true;
          case 'r' -> retrievable = true;
          case 's' -> {
            long size = Text.parseLong(line, start + 1, end);
            if (size < 0) {
              return null;
            }
            b.size(size);
          }
          case 'm' -> {
            long seconds = Text.parseLong(line, start + 1, end);
            if (seconds < 0 || seconds > Instant.MAX.getEpochSecond()) {
              return null;
            }
            b.modified(ListingTime.of(Instant.ofEpochSecond(seconds), ChronoUnit.SECONDS));
          }
          case 'i' -> b.unique(line.substring(start + 1, end));
          case 'u' -> {
            int mode = parseMode(line, start + 1, end);
            if (mode == -2) {
              return null;
            }
            if (mode >= 0) {
              b.mode(mode);
            }
          }
          default -> {} // EPLF: unknown facts are ignored
        }
      }
      start = end + 1;
    }
    b.type(directory ? EntryType.DIRECTORY : retrievable ? EntryType.FILE : EntryType.OTHER);
    return b.build();
  }

  /** Reads {@code p644} after the {@code u}: the mode, -1 for another {@code u} fact, -2 if bad. */
  private static int parseMode(String line, int from, int to) {
    if (from == to || line.charAt(from) != 'p') {
      return -1;
    }
    if (to - from < 2 || to - from > 7) {
      return -2;
    }
    int mode = 0;
    for (int i = from + 1; i < to; i++) {
      char c = line.charAt(i);
      if (c < '0' || c > '7') {
        return -2;
      }
      mode = mode * 8 + (c - '0');
    }
    return mode & 07777;
  }
}
