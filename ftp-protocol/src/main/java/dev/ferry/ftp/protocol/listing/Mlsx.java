package dev.ferry.ftp.protocol.listing;

import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.param.Timeval;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * MLSx entries (RFC 3659 §7.2): {@code fact=value;fact=value; name}, formatted for MLSD and MLST
 * output and parsed back on the client side.
 *
 * <p>The grammar is {@code entry = [ facts ] SP pathname} with {@code facts = 1*( fact ";" )}:
 * exactly one space ends the facts (which contain no space), and everything after it is the name,
 * which may itself contain spaces, {@code ;} and {@code =}. An entry sent over the control
 * connection (the MLST reply) has one more space in front, see {@link #parseControlLine(String)}.
 *
 * <p><b>Formatting</b> writes only the facts in the given selection (the session's {@code OPTS
 * MLST} choice, RFC 3659 §7.9) and only those the entry has, in {@link Fact} order. A value that
 * cannot be written (one containing {@code ;}, a space or a control character, a time outside the
 * years 0000–9999) is left out rather than break the line. CR and LF in a name become {@code ?}, so
 * a hostile file name cannot inject a line into the listing. Times are written to the precision
 * their {@link ListingTime} states (to the second at least). A symbolic link's type is {@code
 * OS.unix=slink:<target>} as in RFC 3659 §7.7.4 when the target can be written as a fact value,
 * otherwise {@code OS.unix=symlink} (the form of the RFC's errata, which ProFTPD writes); devices,
 * FIFOs and sockets are {@code OS.unix=chr}, {@code blk}, {@code fifo} and {@code socket}.
 *
 * <p><b>Parsing</b> is tolerant of case and of facts it does not know (they are skipped; the raw
 * line keeps them) and strict on structure: a line without the space, a fact without {@code =} or
 * not ended by {@code ;}, or a malformed value of a known fact fails with {@link
 * ListingFormatException}. Without a {@code type} fact the entry's type is {@link EntryType#OTHER}.
 * A fact given twice counts with its last value; an empty value of a text fact counts as none. The
 * owner is taken from {@code UNIX.ownername}, else {@code UNIX.owner}, else {@code UNIX.uid}, and the
 * group likewise.
 */
public final class Mlsx {
  private static final Fact[] FACTS = Fact.values();

  private Mlsx() {}

  /**
   * Formats an entry as an MLSD line, without the line end.
   *
   * @param entry the entry
   * @param facts the facts to write, usually {@link FactSelection#selected()}
   * @return the line
   */
  public static String format(ListingEntry entry, Set<Fact> facts) {
    return appendTo(new StringBuilder(64 + entry.name.length()), entry, facts).toString();
  }

  /**
   * Appends an entry as an MLSD line, without the line end, to {@code out}. Prepend one space for
   * an MLST reply line.
   *
   * @param out where to append
   * @param entry the entry
   * @param facts the facts to write, usually {@link FactSelection#selected()}
   * @return {@code out}
   */
  public static StringBuilder appendTo(StringBuilder out, ListingEntry entry, Set<Fact> facts) {
    for (Fact fact : FACTS) {
      if (facts.contains(fact)) {
        appendFact(out, entry, fact);
      }
    }
    out.append(' ');
    return Text.appendSafe(out, entry.name);
  }

  /**
   * Parses an MLSD line (RFC 3659 §7.2).
   *
   * @param line one line of the data connection, without its line end
   * @return the entry, with the line as its raw line
   * @throws ListingFormatException if the line is not an MLSx entry
   */
  public static ListingEntry parse(String line) {
    Objects.requireNonNull(line, "line");
    int space = line.indexOf(' ');
    if (space < 0 || space == line.length() - 1) {
      throw fail(line, "expected 'facts SP name'");
    }
    if (space > 0 && line.charAt(space - 1) != ';') {
      throw fail(line, "each fact must end with ';'");
    }
    ListingEntry.Builder b =
        ListingEntry.builder(line.substring(space + 1), EntryType.OTHER).rawLine(line);
    // uid, gid, owner, group, ownername, groupname: a name wins over UNIX.owner, which wins over
    // a number; an empty value counts as none.
    String[] owners = new String[6];
    int start = 0;
    while (start < space) {
      int end = line.indexOf(';', start);
      int equals = line.indexOf('=', start);
      if (equals < 0 || equals >= end || equals == start) {
        throw fail(line, "expected 'name=value;' at offset " + start);
      }
      String name = line.substring(start, equals).toLowerCase(Locale.ROOT);
      applyFact(b, owners, name, line.substring(equals + 1, end), line);
      start = end + 1;
    }
    b.owner(firstPresent(owners[4], owners[2], owners[0]));
    b.group(firstPresent(owners[5], owners[3], owners[1]));
    return b.build();
  }

  /**
   * Parses an entry line of an MLST reply (RFC 3659 §7.2, {@code control-response}), which starts
   * with one space before the entry.
   *
   * @param line the reply line, for example {@code " type=dir;modify=19981107085215; /tmp"}
   * @return the entry
   * @throws ListingFormatException if the line does not start with a space or is not an entry
   */
  public static ListingEntry parseControlLine(String line) {
    if (line.isEmpty() || line.charAt(0) != ' ') {
      throw fail(line, "an MLST reply entry starts with a space");
    }
    return parse(line.substring(1));
  }

  private static void applyFact(
      ListingEntry.Builder b, String[] owners, String name, String value, String line) {
    switch (name) {
      case "type" -> applyType(b, value);
      case "size" -> b.size(parseDecimal(value, line));
      case "modify" -> b.modified(parseTime(value, line));
      case "create" -> b.created(parseTime(value, line));
      case "perm" -> {
        EnumSet<MlsxPermission> perms = EnumSet.noneOf(MlsxPermission.class);
        for (int i = 0; i < value.length(); i++) {
          MlsxPermission p = MlsxPermission.ofLetter(value.charAt(i));
          if (p != null) {
            perms.add(p);
          }
        }
        b.permissions(perms);
      }
      case "unique" -> b.unique(nonEmpty(value));
      case "lang" -> b.lang(nonEmpty(value));
      case "media-type" -> b.mediaType(nonEmpty(value));
      case "charset" -> b.charset(nonEmpty(value));
      case "unix.mode" -> b.mode(parseOctalMode(value, line));
      case "unix.uid" -> owners[0] = value;
      case "unix.gid" -> owners[1] = value;
      case "unix.owner" -> owners[2] = value;
      case "unix.group" -> owners[3] = value;
      case "unix.ownername" -> owners[4] = value;
      case "unix.groupname" -> owners[5] = value;
      default -> {} // RFC 3659 §7.5: a client ignores facts it does not know
    }
  }

  private static void applyType(ListingEntry.Builder b, String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    EntryType type =
        switch (lower) {
          case "file" -> EntryType.FILE;
          case "dir" -> EntryType.DIRECTORY;
          case "cdir" -> EntryType.CURRENT_DIRECTORY;
          case "pdir" -> EntryType.PARENT_DIRECTORY;
          default -> osType(lower);
        };
    b.type(type);
    // "OS.unix=slink:/target" (RFC 3659 §7.7.4) names the target; some servers add one to
    // "OS.unix=symlink" too.
    int colon = value.indexOf(':');
    if (type == EntryType.SYMLINK && colon >= 0 && colon < value.length() - 1) {
      b.linkTarget(value.substring(colon + 1));
    }
  }

  private static EntryType osType(String lower) {
    String unix = "os.unix=";
    if (!lower.startsWith(unix)) {
      return EntryType.OTHER;
    }
    String kind = lower.substring(unix.length());
    if (kind.startsWith("slink") || kind.startsWith("symlink")) {
      return EntryType.SYMLINK;
    } else if (kind.startsWith("chr")) {
      return EntryType.CHARACTER_DEVICE;
    } else if (kind.startsWith("blk")) {
      return EntryType.BLOCK_DEVICE;
    } else if (kind.equals("fifo")) {
      return EntryType.FIFO;
    } else if (kind.equals("socket")) {
      return EntryType.SOCKET;
    }
    return EntryType.OTHER;
  }

  private static void appendType(StringBuilder out, ListingEntry e) {
    out.append(Fact.TYPE.wireName()).append('=');
    if (e.type == EntryType.SYMLINK && e.linkTarget != null && !e.linkTarget.isEmpty()
        && isFactValue(e.linkTarget)) {
      // The form of RFC 3659 §7.7.4's example, which FileZilla, lftp and Pure-FTPd use.
      out.append("OS.unix=slink:").append(e.linkTarget);
    } else {
      out.append(typeValue(e.type));
    }
    out.append(';');
  }

  private static String typeValue(EntryType type) {
    return switch (type) {
      case FILE -> "file";
      case DIRECTORY -> "dir";
      case CURRENT_DIRECTORY -> "cdir";
      case PARENT_DIRECTORY -> "pdir";
      case SYMLINK -> "OS.unix=symlink";
      case CHARACTER_DEVICE -> "OS.unix=chr";
      case BLOCK_DEVICE -> "OS.unix=blk";
      case FIFO -> "OS.unix=fifo";
      case SOCKET -> "OS.unix=socket";
      case OTHER -> "OS.unix=unknown";
    };
  }

  private static void appendFact(StringBuilder out, ListingEntry e, Fact fact) {
    switch (fact) {
      case TYPE -> appendType(out, e);
      case SIZE -> {
        if (e.size != ListingEntry.NONE) {
          out.append(fact.wireName()).append('=').append(e.size).append(';');
        }
      }
      case MODIFY -> appendTime(out, fact, e.modified);
      case CREATE -> appendTime(out, fact, e.created);
      case PERM -> {
        if (e.permissions != null) {
          out.append(fact.wireName()).append('=');
          for (MlsxPermission p : e.permissions) {
            out.append(p.letter());
          }
          out.append(';');
        }
      }
      case UNIQUE -> appendValue(out, fact, e.unique);
      case LANG -> appendValue(out, fact, e.lang);
      case MEDIA_TYPE -> appendValue(out, fact, e.mediaType);
      case CHARSET -> appendValue(out, fact, e.charset);
      case UNIX_MODE -> {
        if (e.mode != ListingEntry.NONE) {
          out.append(fact.wireName()).append('=');
          for (int shift = 9; shift >= 0; shift -= 3) {
            out.append((char) ('0' + ((e.mode >> shift) & 7)));
          }
          out.append(';');
        }
      }
      case UNIX_OWNER -> appendValue(out, fact, e.owner);
      case UNIX_GROUP -> appendValue(out, fact, e.group);
      case UNIX_UID -> appendValue(out, fact, isNumber(e.owner) ? e.owner : null);
      case UNIX_GID -> appendValue(out, fact, isNumber(e.group) ? e.group : null);
      case UNIX_OWNERNAME -> appendValue(out, fact, isNumber(e.owner) ? null : e.owner);
      case UNIX_GROUPNAME -> appendValue(out, fact, isNumber(e.group) ? null : e.group);
    }
  }

  private static void appendTime(StringBuilder out, Fact fact, ListingTime time) {
    if (time == null
        || time.instant().isBefore(Timeval.MIN)
        || time.instant().isAfter(Timeval.MAX)) {
      return;
    }
    ChronoUnit unit =
        switch (time.precision()) {
          case MILLIS, MICROS, NANOS -> time.precision();
          default -> ChronoUnit.SECONDS;
        };
    out.append(fact.wireName()).append('=');
    Timeval.of(time.instant(), unit).appendTo(out).append(';');
  }

  private static void appendValue(StringBuilder out, Fact fact, String value) {
    if (value != null && !value.isEmpty() && isFactValue(value)) {
      appendRaw(out, fact, value);
    }
  }

  private static void appendRaw(StringBuilder out, Fact fact, String value) {
    out.append(fact.wireName()).append('=').append(value).append(';');
  }

  /** RFC 3659 §7.2: a value holds no ';' and, since the facts hold no space, no space either. */
  private static boolean isFactValue(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ';' || c <= ' ' || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static boolean isNumber(String s) {
    if (s == null || s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static long parseDecimal(String value, String line) {
    long n = Text.parseLong(value, 0, value.length());
    if (n < 0) {
      throw fail(line, "size must be decimal digits, got '" + value + "'");
    }
    return n;
  }

  private static int parseOctalMode(String value, String line) {
    if (value.isEmpty() || value.length() > 7) {
      throw fail(line, "UNIX.mode must be 1 to 7 octal digits, got '" + value + "'");
    }
    int mode = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '7') {
        throw fail(line, "UNIX.mode must be octal, got '" + value + "'");
      }
      mode = mode * 8 + (c - '0');
    }
    return mode & 07777;
  }

  private static ListingTime parseTime(String value, String line) {
    try {
      Timeval t = Timeval.parse(value);
      return new ListingTime(t.instant(), t.precision(), false);
    } catch (InvalidArgumentException e) {
      throw new ListingFormatException(
          "invalid MLSx time in '" + Text.excerpt(line) + "': " + e.getMessage(), e);
    }
  }

  private static String firstPresent(String a, String b, String c) {
    return nonEmpty(a) != null ? a : nonEmpty(b) != null ? b : nonEmpty(c);
  }

  private static String nonEmpty(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private static ListingFormatException fail(String line, String why) {
    return new ListingFormatException(
        "not an MLSx entry (RFC 3659 §7.2): " + why + ": '" + Text.excerpt(line) + "'");
  }
}
