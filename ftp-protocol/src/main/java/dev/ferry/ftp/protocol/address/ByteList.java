package dev.ferry.ftp.protocol.address;

import dev.ferry.ftp.protocol.FtpProtocolException;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.MalformedReplyException;
import dev.ferry.ftp.protocol.internal.Chars;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * Lists of comma-separated decimal bytes, the shape of the PORT and LPRT arguments and of the
 * numbers inside 227 and 228 replies (RFC 959 §4.1.2, RFC 1639 §2). Blanks around the commas are
 * tolerated, as some clients and servers send them; each number has one to three digits.
 */
final class ByteList {
  /** Stands for a number that is not a byte: above 255, or written with more than three digits. */
  private static final int NOT_A_BYTE = 256;

  private ByteList() {}

  /**
   * Parses an argument that is a list and nothing else but blanks around it.
   *
   * @param argument the argument
   * @param limit the length of the longest list wanted
   * @param count which list lengths are wanted
   * @param shape the expected form, for the message
   * @return the numbers, each 0–255
   * @throws InvalidArgumentException if the argument is not such a list
   */
  static int[] parseArgument(String argument, int limit, IntPredicate count, String shape) {
    int[] values = new int[limit];
    Run run = read(argument, skipBlanks(argument, 0), values);
    if (run.count > limit
        || !count.test(run.count)
        || skipBlanks(argument, run.end) != argument.length()) {
      throw new InvalidArgumentException("expected " + shape + ", got " + Chars.quote(argument));
    }
    return check(Arrays.copyOf(values, run.count), argument, InvalidArgumentException::new);
  }

  /**
   * Finds the first list in a reply text whose length passes {@code count}, the way RFC 1123
   * §4.1.2.6 tells clients to read a 227 reply: servers wrap the numbers in anything (parentheses,
   * {@code =}, nothing), so the text around them is not trusted. A list starts only at a digit that
   * follows a non-digit, so {@code 1127,0,0,1,4,1} never yields {@code 127,…}.
   *
   * @param text the reply text
   * @param limit the length of the longest list wanted
   * @param count which list lengths are wanted
   * @return the numbers, each 0–255, or null if the text has no such list
   * @throws MalformedReplyException if the list found has a number that is not a byte
   */
  static int[] findInReply(String text, int limit, IntPredicate count) {
    int[] values = new int[limit];
    int i = 0;
    while (i < text.length()) {
      if (!Chars.isDigit(text.charAt(i)) || i > 0 && Chars.isDigit(text.charAt(i - 1))) {
        i++;
        continue;
      }
      Run run = read(text, i, values);
      if (run.count <= limit && count.test(run.count)) {
        return check(Arrays.copyOf(values, run.count), text, MalformedReplyException::new);
      }
      i = run.end;
    }
    return null;
  }

  /**
   * Builds a host-port from the address bytes at {@code values[from..]} and the port's high and
   * low byte at {@code values[portFrom..]}.
   */
  static HostPort toHostPort(
      int[] values,
      int from,
      int addressLength,
      int portFrom,
      String text,
      Function<String, ? extends FtpProtocolException> error) {
    byte[] address = new byte[addressLength];
    for (int i = 0; i < addressLength; i++) {
      address[i] = (byte) values[from + i];
    }
    int port = values[portFrom] << 8 | values[portFrom + 1];
    if (port == 0) {
      throw error.apply("port 0 in " + Chars.quote(text));
    }
    return new HostPort(IpLiterals.toAddress(address), port);
  }

  /** Appends the address bytes, each followed by a comma. */
  static StringBuilder appendAddress(StringBuilder out, HostPort hostPort) {
    for (byte b : hostPort.address().getAddress()) {
      out.append(b & 0xff).append(',');
    }
    return out;
  }

  /** Appends the port's high and low byte, {@code p1,p2}. */
  static StringBuilder appendPort(StringBuilder out, HostPort hostPort) {
    return out.append(hostPort.port() >> 8).append(',').append(hostPort.port() & 0xff);
  }

  /**
   * Reads the list that starts at {@code from} into {@code values}, as far as it has room, and
   * stops at the first character that continues neither a number nor the list.
   */
  private static Run read(String text, int from, int[] values) {
    int count = 0;
    int end = from;
    int i = from;
    int n = text.length();
    while (true) {
      int start = i;
      int value = 0;
      while (i < n && Chars.isDigit(text.charAt(i))) {
        value = i - start < 3 ? value * 10 + text.charAt(i) - '0' : NOT_A_BYTE;
        i++;
      }
      if (i == start) {
        break;
      }
      if (count < values.length) {
        values[count] = Math.min(value, NOT_A_BYTE);
      }
      count++;
      end = i;
      int comma = skipBlanks(text, i);
      if (comma == n || text.charAt(comma) != ',') {
        break;
      }
      i = skipBlanks(text, comma + 1);
    }
    return new Run(count, end);
  }

  private static int[] check(
      int[] values, String text, Function<String, ? extends FtpProtocolException> error) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] > 255) {
        throw error.apply("number " + (i + 1) + " is not 0-255 in " + Chars.quote(text));
      }
    }
    return values;
  }

  /**
   * What {@link #read} found.
   *
   * @param count how many numbers the list had, possibly more than it stored
   * @param end the index just after the last number, or where the list was to start if it had none
   */
  private record Run(int count, int end) {}

  private static int skipBlanks(String text, int from) {
    int i = from;
    while (i < text.length() && Chars.isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
