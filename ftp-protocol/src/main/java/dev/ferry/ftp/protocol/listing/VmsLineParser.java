package dev.ferry.ftp.protocol.listing;

import static dev.ferry.ftp.protocol.listing.Text.skipSpaces;
import static dev.ferry.ftp.protocol.listing.Text.wordEnd;

import java.time.temporal.ChronoUnit;

/**
 * Reads OpenVMS {@code DIRECTORY/FULL}-style lines:
 *
 * <pre>
 * Directory USER1:[TEST]
 *
 * 1-JUN.LIS;1              9/9           2-JUN-1998 07:32:04  [GROUP,OWNER]    (RWED,RWED,RWED,RE)
 * DATA.DIR;1               1/3          13-NOV-2001 15:03:48  [SYSTEM]         (RWE,RWE,RE,RE)
 *
 * Total of 2 files, 10/12 blocks.
 * </pre>
 *
 * <p>The name loses its {@code ;version}, and a {@code .DIR} name is a directory without the
 * extension, as clients show them (the raw line keeps both). The size is the used 512-byte blocks
 * times 512, so it is rounded up to a block. {@code [GROUP,OWNER]} gives group and owner ({@code
 * [OWNER]} the owner alone); the protection mask is left in the raw line. The header and total
 * lines describe no file. A long name that VMS wraps onto a line of its own is not joined with the
 * next line: that line fails to parse.
 */
final class VmsLineParser {
  private VmsLineParser() {}

  /** Returns whether a line is a VMS header or summary line. */
  static boolean isNonEntry(String line) {
    return line.startsWith("Directory ")
        || line.startsWith("Total of ")
        || line.startsWith("Grand total of ");
  }

  /** Parses a line, or returns {@code null} if it is not a VMS listing line. */
  static ListingEntry parse(String line, TimeContext ctx) {
    int nameEnd = wordEnd(line, 0);
    int semicolon = line.lastIndexOf(';', nameEnd - 1);
    if (semicolon <= 0 || !Text.isDigits(line, semicolon + 1, nameEnd)) {
      return null;
    }
    String name = line.substring(0, semicolon);
    EntryType type = EntryType.FILE;
    if (name.length() > 4 && name.regionMatches(true, name.length() - 4, ".DIR", 0, 4)) {
      name = name.substring(0, name.length() - 4);
      type = EntryType.DIRECTORY;
    }
    int sizeStart = skipSpaces(line, nameEnd);
    int sizeEnd = wordEnd(line, sizeStart);
    int slash = line.indexOf('/', sizeStart, sizeEnd);
    int usedEnd = slash >= 0 ? slash : sizeEnd;
    long blocks = Text.parseLong(line, sizeStart, usedEnd);
    if (sizeStart == nameEnd || blocks < 0 || blocks > Long.MAX_VALUE / 512
        || usedEnd < sizeEnd && !Text.isDigits(line, usedEnd + 1, sizeEnd)) {
      return null;
    }
    int dateStart = skipSpaces(line, sizeEnd);
    int dateEnd = wordEnd(line, dateStart);
    int timeStart = skipSpaces(line, dateEnd);
    int timeEnd = wordEnd(line, timeStart);
    if (dateStart == sizeEnd || timeStart == dateEnd) {
      return null;
    }
    ListingTime time = parseTime(line, dateStart, dateEnd, timeStart, timeEnd, ctx);
    if (time == null) {
      return null;
    }
    ListingEntry.Builder b =
        ListingEntry.builder(name, type).size(blocks * 512).modified(time).rawLine(line);
    int pos = skipSpaces(line, timeEnd);
    if (pos < line.length() && line.charAt(pos) == '[') {
      int close = line.indexOf(']', pos);
      if (close < 0) {
        return null;
      }
      String uic = line.substring(pos + 1, close);
      int comma = uic.indexOf(',');
      b.owner(emptyToNull(comma < 0 ? uic : uic.substring(comma + 1)));
      b.group(comma < 0 ? null : emptyToNull(uic.substring(0, comma)));
      pos = skipSpaces(line, close + 1);
    }
    if (pos < line.length() && line.charAt(pos) == '(') {
      int close = line.indexOf(')', pos);
      pos = close < 0 ? -1 : skipSpaces(line, close + 1);
    }
    return pos == line.length() ? b.build() : null;
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  /** {@code D-MON-YYYY} and {@code HH:MM[:SS[.cc]]}. */
  private static ListingTime parseTime(
      String line, int dateStart, int dateEnd, int timeStart, int timeEnd, TimeContext ctx) {
    int dash = line.indexOf('-', dateStart, dateEnd);
    if (dash < dateStart + 1 || dash > dateStart + 2 || dateEnd - dash != 9
        || line.charAt(dash + 4) != '-') {
      return null;
    }
    int day = Text.parseInt(line, dateStart, dash);
    int month = Text.month(line, dash + 1, dash + 4);
    int year = Text.parseInt(line, dash + 5, dateEnd);
    int length = timeEnd - timeStart;
    if (day < 0 || month < 0 || year < 0 || length < 5 || line.charAt(timeStart + 2) != ':') {
      return null;
    }
    int hour = Text.parseInt(line, timeStart, timeStart + 2);
    int minute = Text.parseInt(line, timeStart + 3, timeStart + 5);
    int second = 0;
    int nanos = 0;
    ChronoUnit precision = ChronoUnit.MINUTES;
    if (length > 5) {
      if (length < 8 || line.charAt(timeStart + 5) != ':') {
        return null;
      }
      second = Text.parseInt(line, timeStart + 6, timeStart + 8);
      precision = ChronoUnit.SECONDS;
      if (length > 8) {
        int hundredths = Text.parseInt(line, timeStart + 9, timeEnd);
        if (length != 11 || line.charAt(timeStart + 8) != '.' || hundredths < 0) {
          return null;
        }
        nanos = hundredths * 10_000_000;
      }
    }
    return ctx.at(year, month, day, hour, minute, second, nanos, precision, false, null);
  }
}
