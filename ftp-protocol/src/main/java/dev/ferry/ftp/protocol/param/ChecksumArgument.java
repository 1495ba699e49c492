package dev.ferry.ftp.protocol.param;

import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.internal.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The argument of the older, unspecified checksum commands XCRC, XMD5, XSHA, XSHA1, XSHA256 and
 * XSHA512 (listed in draft-bryan-ftpext-hash-02 Appendix B): a pathname, then optionally a start
 * offset and an end offset.
 *
 * <pre>
 * checksum-arg = pathname [ SP start [ SP end ] ]
 *              / DQUOTE pathname DQUOTE [ SP start [ SP end ] ]
 * </pre>
 *
 * <p>No document defines these commands, so this follows what servers accept: a pathname with
 * blanks is written in double quotes; without quotes, up to two trailing numbers are the offsets
 * as long as a pathname is left before them ({@code XCRC report 2024} is the file {@code report}
 * from offset 2024). Whether the end offset is included varies between servers, so it is passed on
 * as sent. A pathname with a double quote cannot be written in this grammar and is rejected.
 *
 * @param pathname the file
 * @param start the first offset, if given
 * @param end the end offset, if given; only with a start, and not before it
 */
public record ChecksumArgument(String pathname, OptionalLong start, OptionalLong end) {
  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the pathname is empty or holds a double quote, CR, LF or
   *     NUL, an offset is negative, the end is given without a start, or the end is before the
   *     start
   */
  public ChecksumArgument {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    String problem = problem(pathname, start, end);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /**
   * Returns the argument for a whole file.
   *
   * @param pathname the file
   * @return the argument without offsets
   */
  public static ChecksumArgument of(String pathname) {
    return new ChecksumArgument(pathname, OptionalLong.empty(), OptionalLong.empty());
  }

  /**
   * Parses the argument; blanks around it are ignored.
   *
   * @param argument such as {@code file.bin}, {@code "my file.bin" 0 1023} or {@code file.bin 512}
   * @return the pathname and offsets
   * @throws InvalidArgumentException if the argument breaks the grammar
   */
  public static ChecksumArgument parse(String argument) {
    String text = Chars.trimBlanks(argument);
    String pathname;
    List<String> offsets = new ArrayList<>(2);
    if (text.startsWith("\"")) {
      int close = text.indexOf('"', 1);
      if (close < 0 || close + 1 < text.length() && !Chars.isBlank(text.charAt(close + 1))) {
        throw new InvalidArgumentException("unbalanced quotes in " + Chars.quote(argument));
      }
      pathname = text.substring(1, close);
      String rest = Chars.trimBlanks(text.substring(close + 1));
      if (!rest.isEmpty()) {
        offsets.addAll(List.of(rest.split("[ \t]+", 4)));
      }
    } else {
      // take up to two numbers off the end, as long as a pathname is left before them
      int end = text.length();
      while (offsets.size() < 2) {
        int tokenStart = end;
        while (tokenStart > 0 && !Chars.isBlank(text.charAt(tokenStart - 1))) {
          tokenStart--;
        }
        int pathEnd = tokenStart;
        while (pathEnd > 0 && Chars.isBlank(text.charAt(pathEnd - 1))) {
          pathEnd--;
        }
        String token = text.substring(tokenStart, end);
        if (pathEnd == 0 || token.isEmpty() || !isNumber(token)) {
          break;
        }
        offsets.add(0, token);
        end = pathEnd;
      }
      pathname = text.substring(0, end);
    }
    if (offsets.size() > 2) {
      throw new InvalidArgumentException(
          "expected <pathname> [<start> [<end>]], got " + Chars.quote(argument));
    }
    OptionalLong start =
        offsets.isEmpty() ? OptionalLong.empty() : offset(offsets.get(0), argument);
    OptionalLong end = offsets.size() < 2 ? OptionalLong.empty() : offset(offsets.get(1), argument);
    String problem = problem(pathname, start, end);
    if (problem != null) {
      throw new InvalidArgumentException(problem + ": " + Chars.quote(argument));
    }
    return new ChecksumArgument(pathname, start, end);
  }

  /**
   * Returns the argument as sent on the wire, the pathname in double quotes if it has a blank.
   *
   * @return for example {@code file.bin 0 1023} or {@code "my file.bin"}
   */
  public String toArgument() {
    boolean quoted = pathname.indexOf(' ') >= 0 || pathname.indexOf('\t') >= 0;
    StringBuilder argument = new StringBuilder(pathname.length() + 44);
    argument.append(quoted ? "\"" + pathname + "\"" : pathname);
    start.ifPresent(offset -> argument.append(' ').append(offset));
    end.ifPresent(offset -> argument.append(' ').append(offset));
    return argument.toString();
  }

  private static boolean isNumber(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (!Chars.isDigit(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static OptionalLong offset(String token, String argument) {
    return OptionalLong.of(ByteRange.parseOffset(token, argument, InvalidArgumentException::new));
  }

  private static String problem(String pathname, OptionalLong start, OptionalLong end) {
    if (pathname.isEmpty()) {
      return "the pathname is empty";
    }
    for (int i = 0; i < pathname.length(); i++) {
      char c = pathname.charAt(i);
      if (c == '"' || c == '\r' || c == '\n' || c == '\0') {
        return "the pathname holds a double quote, CR, LF or NUL";
      }
    }
    if (start.isPresent() && start.getAsLong() < 0 || end.isPresent() && end.getAsLong() < 0) {
      return "offsets cannot be negative";
    }
    if (end.isPresent() && (start.isEmpty() || end.getAsLong() < start.getAsLong())) {
      return "an end offset needs a start offset not after it";
    }
    return null;
  }
}
