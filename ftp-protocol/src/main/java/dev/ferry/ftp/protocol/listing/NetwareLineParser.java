package dev.ferry.ftp.protocol.listing;

import static dev.ferry.ftp.protocol.listing.Text.skipSpaces;
import static dev.ferry.ftp.protocol.listing.Text.wordEnd;

import java.time.temporal.ChronoUnit;

/**
 * Reads Novell NetWare lines:
 *
 * <pre>
 * d [R----F--] supervisor            512       Jan 16 18:53    login
 * - [RWCEAFMS] rhiggins             1099       Feb 28  2023    .login
 * </pre>
 *
 * <p>The type ({@code d} or {@code -}), the trustee rights in brackets (left in the raw line), the
 * owner, the size, a Unix-style date ({@code Mon D HH:MM} with the year inferred, or {@code Mon D
 * YYYY}), and the name after the padding spaces, whose own leading spaces are therefore lost.
 */
final class NetwareLineParser {
  private NetwareLineParser() {}

  /** Parses a line, or returns {@code null} if it is not a NetWare line. */
  static ListingEntry parse(String line, TimeContext ctx) {
    if (line.length() < 4 || (line.charAt(0) != 'd' && line.charAt(0) != '-')
        || line.charAt(1) != ' ' || line.charAt(2) != '[') {
      return null;
    }
    int close = line.indexOf(']', 3);
    int owner = close < 0 ? -1 : skipSpaces(line, close + 1);
    if (owner <= close + 1) {
      return null;
    }
    int ownerEnd = wordEnd(line, owner);
    int size = skipSpaces(line, ownerEnd);
    int sizeEnd = wordEnd(line, size);
    int month = skipSpaces(line, sizeEnd);
    int monthEnd = wordEnd(line, month);
    int day = skipSpaces(line, monthEnd);
    int dayEnd = wordEnd(line, day);
    int time = skipSpaces(line, dayEnd);
    int timeEnd = wordEnd(line, time);
    int name = skipSpaces(line, timeEnd);
    long bytes = Text.parseLong(line, size, sizeEnd);
    int m = Text.month(line, month, monthEnd);
    int d = dayEnd - day <= 2 ? Text.parseInt(line, day, dayEnd) : -1;
    if (size == ownerEnd || month == sizeEnd || day == monthEnd || time == dayEnd
        || name == timeEnd || name == line.length() || bytes < 0 || m < 0 || d < 0) {
      return null;
    }
    ListingTime t;
    int colon = line.indexOf(':', time, timeEnd);
    if (timeEnd - time == 4 && Text.isDigits(line, time, timeEnd)) {
      t = ctx.at(Text.parseInt(line, time, timeEnd), m, d, 0, 0, 0, 0, ChronoUnit.DAYS, false,
          null);
    } else if (colon > time && timeEnd - colon == 3 && colon - time <= 2) {
      t = ctx.inferYear(m, d, Text.parseInt(line, time, colon),
          Text.parseInt(line, colon + 1, timeEnd));
    } else {
      return null;
    }
    if (t == null) {
      return null;
    }
    EntryType type = line.charAt(0) == 'd' ? EntryType.DIRECTORY : EntryType.FILE;
    return ListingEntry.builder(line.substring(name), type)
        .owner(line.substring(owner, ownerEnd))
        .size(bytes)
        .modified(t)
        .rawLine(line)
        .build();
  }
}
