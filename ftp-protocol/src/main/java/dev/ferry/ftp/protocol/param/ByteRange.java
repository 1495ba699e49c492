package dev.ferry.ftp.protocol.param;

import dev.ferry.ftp.protocol.FtpProtocolException;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.internal.Chars;
import java.util.Optional;
import java.util.function.Function;

/**
 * A range of octets of a file, both ends included, as the RANG command selects it
 * (draft-bryan-ftp-range-08 §3) and the 213 reply to HASH reports it (draft-bryan-ftpext-hash-02
 * §3).
 *
 * <pre>
 * range-command = "RANG" SP start-point SP end-point CRLF
 * start-point   = 1*DIGIT
 * end-point     = 1*DIGIT
 * </pre>
 *
 * <p>{@code RANG 1 0} is not a range: it resets the selection to the whole file.
 *
 * @param start the offset of the first octet, 0 or more
 * @param end the offset of the last octet, at least {@code start} and below {@link Long#MAX_VALUE}
 *     (so that the {@link #length()} is a {@code long})
 */
public record ByteRange(long start, long end) {
  /** The RANG argument that resets the range to the whole file. */
  public static final String RESET_ARGUMENT = "1 0";

  /** {@code Long.MAX_VALUE} has 19 digits. */
  private static final int MAX_DIGITS = 19;

  /**
   * Checks the ends.
   *
   * @throws IllegalArgumentException unless {@code 0 <= start <= end < Long.MAX_VALUE}
   */
  public ByteRange {
    String problem = problem(start, end);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  /**
   * Parses a RANG argument; blanks around and between the two numbers are ignored.
   *
   * @param argument the argument, such as {@code 0 49}
   * @return the range, or empty for {@code 1 0}, which resets the range to the whole file
   * @throws InvalidArgumentException if the argument is not two decimal numbers, or the start is
   *     after the end (RANG's 501 case)
   */
  public static Optional<ByteRange> parseRangArgument(String argument) {
    String[] numbers = Chars.trimBlanks(argument).split("[ \t]+", 3);
    if (numbers.length != 2) {
      throw new InvalidArgumentException(
          "RANG takes <start-point> <end-point>, not " + Chars.quote(argument));
    }
    long start = parseOffset(numbers[0], argument, InvalidArgumentException::new);
    long end = parseOffset(numbers[1], argument, InvalidArgumentException::new);
    if (start == 1 && end == 0) {
      return Optional.empty();
    }
    return Optional.of(of(start, end, InvalidArgumentException::new));
  }

  /**
   * Returns the RANG argument that selects this range.
   *
   * @return {@code <start> <end>}
   */
  public String toRangArgument() {
    return start + " " + end;
  }

  /**
   * Returns the number of octets in the range.
   *
   * @return {@code end - start + 1}
   */
  public long length() {
    return end - start + 1;
  }

  /**
   * Returns the range as the 213 reply to HASH writes it.
   *
   * @return {@code <start>-<end>}
   */
  @Override
  public String toString() {
    return start + "-" + end;
  }

  /** Reads the {@code <start>-<end>} of a 213 reply. */
  static ByteRange parseHashRange(
      String text, String reply, Function<String, ? extends FtpProtocolException> error) {
    int dash = text.indexOf('-');
    if (dash < 0) {
      throw error.apply("expected <start>-<end> in " + Chars.quote(reply));
    }
    long start = parseOffset(text.substring(0, dash), reply, error);
    long end = parseOffset(text.substring(dash + 1), reply, error);
    return of(start, end, error);
  }

  private static ByteRange of(
      long start, long end, Function<String, ? extends FtpProtocolException> error) {
    String problem = problem(start, end);
    if (problem != null) {
      throw error.apply(problem);
    }
    return new ByteRange(start, end);
  }

  /** Reads a decimal offset of at most 19 digits. */
  static long parseOffset(
      String digits, String text, Function<String, ? extends FtpProtocolException> error) {
    if (digits.isEmpty() || digits.length() > MAX_DIGITS) {
      throw error.apply(
          "expected an offset of 1-" + MAX_DIGITS + " digits in " + Chars.quote(text));
    }
    long value = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (!Chars.isDigit(c)) {
        throw error.apply("expected a decimal offset in " + Chars.quote(text));
      }
      value = value * 10 + c - '0';
      // with at most 19 digits, going past Long.MAX_VALUE always wraps to a negative value
      if (value < 0) {
        throw error.apply("offset too large in " + Chars.quote(text));
      }
    }
    return value;
  }

  private static String problem(long start, long end) {
    if (start < 0 || start > end || end == Long.MAX_VALUE) {
      return "a range needs 0 <= start <= end < 2^63-1, not " + start + "-" + end;
    }
    return null;
  }
}
