package dev.ferry.ftp.protocol.listing;

import static dev.ferry.ftp.protocol.listing.Text.skipSpaces;
import static dev.ferry.ftp.protocol.listing.Text.wordEnd;

import java.time.temporal.ChronoUnit;

/**
 * Reads the MS-DOS style lines of IIS and other Windows servers:
 *
 * <pre>
 * 01-05-24  12:34PM       &lt;DIR&gt;          docs
 * 01-05-2024  17:03                 1234 report.txt
 * </pre>
 *
 * <p>The date is {@code MM-DD-YY} or {@code MM-DD-YYYY} ({@code /} also accepted); a two-digit
 * year is taken within 80 years before and 20 after now. The time is {@code hh:mmAM}/{@code PM}
 * (also with a space before AM/PM) or 24-hour {@code HH:MM}. Then {@code <DIR>}, a symbolic-link
 * marker ({@code <JUNCTION>}, {@code <SYMLINK>}, {@code <SYMLINKD>}) or a size, digit-grouping
 * commas allowed. The name is the rest of the line after the spaces that pad the column, so a name's
 * own leading spaces cannot be told from the padding and are lost; other spaces are kept.
 */
final class DosLineParser {
  private static final String[] LINK_MARKERS = {"<JUNCTION>", "<SYMLINK>", "<SYMLINKD>"};

  private DosLineParser() {}

  /** Parses a line, or returns {@code null} if it is not a DOS-style line. */
  static ListingEntry parse(String line, TimeContext ctx) {
    int dateEnd = wordEnd(line, 0);
    if ((dateEnd != 8 && dateEnd != 10) || !isSeparator(line.charAt(2))
        || line.charAt(5) != line.charAt(2)) {
      return null;
    }
    int month = twoDigits(line, 0);
    int day = twoDigits(line, 3);
    int year = Text.parseInt(line, 6, dateEnd);
    boolean inferred = dateEnd == 8;
    if (month < 0 || day < 0 || year < 0) {
      return null;
    }
    if (inferred) {
      year = ctx.expandYear(year);
    }
    int time = skipSpaces(line, dateEnd);
    int timeEnd = wordEnd(line, time);
    int colon = line.indexOf(':', time, timeEnd);
    if (time == dateEnd || colon < time + 1 || colon > time + 2 || colon + 3 > timeEnd) {
      return null;
    }
    int hour = Text.parseInt(line, time, colon);
    int minute = Text.parseInt(line, colon + 1, colon + 3);
    int half = halfDay(line, colon + 3, timeEnd); // "12:34PM"
    int next = skipSpaces(line, timeEnd);
    if (half == 0) { // "12:34 PM"
      int word = wordEnd(line, next);
      int separate = halfDay(line, next, word);
      if (separate > 0) {
        half = separate;
        next = skipSpaces(line, word);
      }
    }
    if (half < 0 || hour < 0 || minute < 0) {
      return null;
    }
    if (half > 0) {
      if (hour < 1 || hour > 12) {
        return null;
      }
      hour = hour % 12 + (half == 2 ? 12 : 0);
    }
    int fieldEnd = wordEnd(line, next);
    int nameStart = skipSpaces(line, fieldEnd);
    if (next == timeEnd || nameStart == fieldEnd || nameStart >= line.length()) {
      return null;
    }
    EntryType type;
    long size = -1;
    if (fieldEnd - next == 5 && line.regionMatches(true, next, "<DIR>", 0, 5)) {
      type = EntryType.DIRECTORY;
    } else if (isLinkMarker(line, next, fieldEnd)) {
      type = EntryType.SYMLINK;
    } else {
      type = EntryType.FILE;
      size = groupedNumber(line, next, fieldEnd);
      if (size < 0) {
        return null;
      }
    }
    ListingTime t = ctx.at(year, month, day, hour, minute, 0, 0, ChronoUnit.MINUTES, inferred, null);
    if (t == null) {
      return null;
    }
    ListingEntry.Builder b =
        ListingEntry.builder(line.substring(nameStart), type).modified(t).rawLine(line);
    if (size >= 0) {
      b.size(size);
    }
    return b.build();
  }

  private static boolean isSeparator(char c) {
    return c == '-' || c == '/';
  }

  private static boolean isLinkMarker(String line, int from, int to) {
    for (String marker : LINK_MARKERS) {
      if (to - from == marker.length() && line.regionMatches(true, from, marker, 0, to - from)) {
        return true;
      }
    }
    return false;
  }

  /** 0 for an empty range, 1 for AM, 2 for PM, -1 for anything else. */
  private static int halfDay(String line, int from, int to) {
    if (from == to) {
      return 0;
    }
    if (to - from != 2 || (line.charAt(from + 1) | 0x20) != 'm') {
      return -1;
    }
    char c = (char) (line.charAt(from) | 0x20);
    return c == 'a' ? 1 : c == 'p' ? 2 : -1;
  }

  /** A size such as {@code 1234} or {@code 1,234}; -1 if malformed. */
  private static long groupedNumber(String line, int from, int to) {
    if (line.indexOf(',', from, to) < 0) {
      return Text.parseLong(line, from, to);
    }
    StringBuilder digits = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = line.charAt(i);
      if (c != ',') {
        digits.append(c);
      } else if (i == from || i == to - 1 || line.charAt(i - 1) == ',') {
        return -1;
      }
    }
    return Text.parseLong(digits, 0, digits.length());
  }

  private static int twoDigits(String line, int at) {
    return Text.parseInt(line, at, at + 2);
  }
}
