package dev.ferry.ftp.protocol.listing;

import static dev.ferry.ftp.protocol.listing.Text.skipSpaces;
import static dev.ferry.ftp.protocol.listing.Text.wordEnd;

import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Reads a Unix {@code ls -l} line, the form most servers send for LIST:
 *
 * <pre>
 * drwxr-xr-x    2 ferry    ferry        4096 Jan  5 12:34 name
 * perms[acl] links [owner [group]] size|major, minor date SP name[ -> target]
 * </pre>
 *
 * <p>The date is {@code Mon D HH:MM} (year inferred), {@code Mon D YYYY}, {@code D Mon HH:MM|YYYY},
 * BSD {@code ls -T}'s {@code Mon D HH:MM:SS YYYY}, GNU long-iso {@code YYYY-MM-DD HH:MM} or
 * full-iso {@code YYYY-MM-DD HH:MM:SS[.F] [+-HHMM]}. The name is everything after the one space
 * that follows the date, so leading, trailing and repeated spaces in it are kept.
 *
 * <p>Owner and group may be missing ({@code ls -g}, {@code -o}, some embedded servers): the
 * parser finds the size and date from the left, and reads the words before them as owner and
 * group. One word is the owner. With more than two, the first is the owner and the rest, spaces
 * kept, is the group: group names with spaces ({@code Domain Users} on Cygwin and Windows servers)
 * are common, owner names with spaces rare. At most {@value #MAX_OWNER_WORDS} words are tried.
 */
final class UnixLineParser {
  static final int MAX_OWNER_WORDS = 16;

  private UnixLineParser() {}

  /** Returns whether a line is the {@code total 123} summary that {@code ls -l} starts with. */
  static boolean isTotalLine(String line) {
    if (!line.regionMatches(true, 0, "total ", 0, 6)) {
      return false;
    }
    int start = skipSpaces(line, 6);
    int end = wordEnd(line, start);
    boolean digitFirst = start < end && line.charAt(start) >= '0' && line.charAt(start) <= '9';
    return digitFirst && skipSpaces(line, end) == line.length();
  }

  /** Parses a line, or returns {@code null} if it is not a Unix listing line. */
  static ListingEntry parse(String line, TimeContext ctx) {
    if (line.length() < 11) {
      return null;
    }
    EntryType type = typeOf(line.charAt(0));
    int mode = UnixModes.parsePermissions(line, 1);
    if (type == null || mode < 0) {
      return null;
    }
    int pos = 10;
    boolean marked = "+.@".indexOf(line.charAt(pos)) >= 0; // ACL, SELinux context, xattrs
    if (marked) {
      pos++;
    }
    int linksStart = skipSpaces(line, pos);
    if (linksStart == pos && !marked) {
      return null;
    }
    int linksEnd = wordEnd(line, linksStart);
    long links = Text.parseLong(line, linksStart, linksEnd);
    pos = skipSpaces(line, linksEnd);
    if (links < 0 || pos == linksEnd) {
      return null;
    }
    int ownerStart = pos;
    int lastOwnerEnd = pos;
    Match m = new Match();
    for (int words = 0; words <= MAX_OWNER_WORDS && pos < line.length(); words++) {
      if (matchSizeAndDate(line, pos, ctx, m)) {
        return build(line, type, mode, links, ownerStart, lastOwnerEnd, words, m);
      }
      lastOwnerEnd = wordEnd(line, pos);
      pos = skipSpaces(line, lastOwnerEnd);
    }
    return null;
  }

  private static ListingEntry build(
      String line, EntryType type, int mode, long links, int ownerStart, int ownerEnd, int words,
      Match m) {
    String name = line.substring(m.nameStart);
    String target = null;
    if (type == EntryType.SYMLINK) {
      int arrow = name.indexOf(" -> ");
      if (arrow > 0) {
        target = name.substring(arrow + 4);
        name = name.substring(0, arrow);
      }
    }
    ListingEntry.Builder b =
        ListingEntry.builder(name, type)
            .mode(mode)
            .linkCount(links)
            .modified(m.time)
            .linkTarget(target)
            .rawLine(line);
    if (m.size >= 0) {
      b.size(m.size);
    }
    if (words >= 1) {
      int firstEnd = wordEnd(line, ownerStart);
      b.owner(line.substring(ownerStart, firstEnd));
      if (words >= 2) {
        b.group(line.substring(skipSpaces(line, firstEnd), ownerEnd));
      }
    }
    return b.build();
  }

  /** What {@link #matchSizeAndDate} found. */
  private static final class Match {
    long size;
    ListingTime time;
    int nameStart;
  }

  /** Tries to read {@code size date SP name} at {@code pos}. */
  private static boolean matchSizeAndDate(String line, int pos, TimeContext ctx, Match m) {
    int end = wordEnd(line, pos);
    int comma = line.indexOf(',', pos, end);
    if (comma >= 0) {
      // A device: "4, 64" or "109,767" in place of the size.
      if (!Text.isDigits(line, pos, comma)) {
        return false;
      }
      if (comma == end - 1) {
        int minor = skipSpaces(line, end);
        end = wordEnd(line, minor);
        if (!Text.isDigits(line, minor, end)) {
          return false;
        }
      } else if (!Text.isDigits(line, comma + 1, end)) {
        return false;
      }
      m.size = -1;
    } else {
      m.size = Text.parseLong(line, pos, end);
      if (m.size < 0) {
        return false;
      }
    }
    int date = skipSpaces(line, end);
    return date > end && (matchIsoDate(line, date, ctx, m) || matchWordDate(line, date, ctx, m));
  }

  /** {@code Mon D HH:MM}, {@code Mon D YYYY}, {@code Mon D HH:MM:SS YYYY}, or day first. */
  private static boolean matchWordDate(String line, int pos, TimeContext ctx, Match m) {
    int firstEnd = wordEnd(line, pos);
    int second = skipSpaces(line, firstEnd);
    int secondEnd = wordEnd(line, second);
    int month = Text.month(line, pos, firstEnd);
    int dayStart = second;
    int dayEnd = secondEnd;
    if (month < 0) { // "5 Jan 12:34", as some localised servers write it
      month = Text.month(line, second, secondEnd);
      dayStart = pos;
      dayEnd = firstEnd;
    }
    int day = dayEnd - dayStart <= 2 ? Text.parseInt(line, dayStart, dayEnd) : -1;
    int third = skipSpaces(line, secondEnd);
    int thirdEnd = wordEnd(line, third);
    if (month < 0 || day < 0 || second == firstEnd || third == secondEnd
        || thirdEnd >= line.length() - 1) {
      return false;
    }
    int length = thirdEnd - third;
    if (length == 4 && Text.isDigits(line, third, thirdEnd)) {
      m.time = ctx.at(Text.parseInt(line, third, thirdEnd), month, day, 0, 0, 0, 0,
          ChronoUnit.DAYS, false, null);
    } else if (length == 8 && line.charAt(third + 5) == ':') {
      // BSD "ls -T": Mon D HH:MM:SS YYYY
      int hour = twoDigits(line, third);
      int minute = twoDigits(line, third + 3);
      int sec = twoDigits(line, third + 6);
      int year = skipSpaces(line, thirdEnd);
      int yearEnd = wordEnd(line, year);
      if (line.charAt(third + 2) != ':' || year == thirdEnd || yearEnd - year != 4
          || yearEnd >= line.length() - 1 || !Text.isDigits(line, year, yearEnd)) {
        return false;
      }
      m.time = ctx.at(Text.parseInt(line, year, yearEnd), month, day, hour, minute, sec, 0,
          ChronoUnit.SECONDS, false, null);
      thirdEnd = yearEnd;
    } else {
      int colon = line.indexOf(':', third, thirdEnd);
      if (colon < 0 || thirdEnd - colon != 3) {
        return false;
      }
      m.time = ctx.inferYear(month, day, Text.parseInt(line, third, colon),
          Text.parseInt(line, colon + 1, thirdEnd));
    }
    m.nameStart = thirdEnd + 1;
    return m.time != null && line.charAt(thirdEnd) == ' ';
  }

  /** GNU {@code --time-style=long-iso} and {@code full-iso}. */
  private static boolean matchIsoDate(String line, int pos, TimeContext ctx, Match m) {
    int end = wordEnd(line, pos);
    if (end - pos != 10 || line.charAt(pos + 4) != '-' || line.charAt(pos + 7) != '-'
        || !Text.isDigits(line, pos, pos + 4)) {
      return false;
    }
    int year = Text.parseInt(line, pos, pos + 4);
    int month = twoDigits(line, pos + 5);
    int day = twoDigits(line, pos + 8);
    int time = skipSpaces(line, end);
    int timeEnd = wordEnd(line, time);
    int length = timeEnd - time;
    if (time == end || length < 5 || line.charAt(time + 2) != ':') {
      return false;
    }
    int hour = twoDigits(line, time);
    int minute = twoDigits(line, time + 3);
    int second = 0;
    int nanos = 0;
    ChronoUnit precision = ChronoUnit.MINUTES;
    if (length > 5) {
      if (length < 8 || line.charAt(time + 5) != ':') {
        return false;
      }
      second = twoDigits(line, time + 6);
      precision = ChronoUnit.SECONDS;
      if (length > 8) {
        int digits = length - 9;
        if (line.charAt(time + 8) != '.' || digits < 1 || digits > 9
            || !Text.isDigits(line, time + 9, timeEnd)) {
          return false;
        }
        nanos = Text.parseInt(line, time + 9, timeEnd);
        for (int i = digits; i < 9; i++) {
          nanos *= 10;
        }
        precision = TimeContext.fractionPrecision(digits);
      }
    }
    ZoneOffset offset = null;
    int nameStart = timeEnd + 1;
    if (length > 8 && timeEnd + 6 < line.length() && line.charAt(timeEnd) == ' ') {
      // full-iso ends the time with the zone offset: "+0100"
      offset = parseOffset(line, timeEnd + 1);
      if (offset != null) {
        nameStart = timeEnd + 7;
      }
    }
    if (nameStart >= line.length() || line.charAt(nameStart - 1) != ' ') {
      return false;
    }
    m.time = ctx.at(year, month, day, hour, minute, second, nanos, precision, false, offset);
    m.nameStart = nameStart;
    return m.time != null;
  }

  private static ZoneOffset parseOffset(String line, int at) {
    char sign = line.charAt(at);
    int hours = twoDigits(line, at + 1);
    int minutes = twoDigits(line, at + 3);
    if ((sign != '+' && sign != '-') || line.charAt(at + 5) != ' ' || hours < 0 || hours > 18
        || minutes < 0 || minutes > 59 || hours == 18 && minutes > 0) {
      return null;
    }
    int seconds = (hours * 3600 + minutes * 60) * (sign == '-' ? -1 : 1);
    return ZoneOffset.ofTotalSeconds(seconds);
  }

  private static int twoDigits(String line, int at) {
    return at + 2 <= line.length() ? Text.parseInt(line, at, at + 2) : -1;
  }

  static EntryType typeOf(char c) {
    return switch (c) {
      case '-' -> EntryType.FILE;
      case 'd' -> EntryType.DIRECTORY;
      case 'l' -> EntryType.SYMLINK;
      case 'c' -> EntryType.CHARACTER_DEVICE;
      case 'b' -> EntryType.BLOCK_DEVICE;
      case 'p' -> EntryType.FIFO;
      case 's' -> EntryType.SOCKET;
      case 'D', '?' -> EntryType.OTHER; // Solaris door; GNU ls's unknown type
      default -> null;
    };
  }
}
