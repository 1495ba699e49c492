package dev.ferry.ftp.protocol.param;

import dev.ferry.ftp.protocol.InvalidArgumentException;

/**
 * The transmission mode set by MODE (RFC 959 §3.4, grammar in §5.3.2: {@code S | B | C}), plus
 * {@code Z} from draft-preston-ftpext-deflate §2.
 */
public enum TransmissionMode {
  /** {@code S}, the default: the data as a stream of bytes, the end of file is the connection's. */
  STREAM('S'),
  /** {@code B}: the data in blocks with headers and restart markers (RFC 959 §3.4.2). */
  BLOCK('B'),
  /** {@code C}: run-length compressed blocks (RFC 959 §3.4.3). */
  COMPRESSED('C'),
  /** {@code Z}: a deflate (RFC 1951) stream (draft-preston-ftpext-deflate). */
  DEFLATE('Z');

  private final char code;

  TransmissionMode(char code) {
    this.code = code;
  }

  /**
   * Parses a MODE argument: one letter in either case, blanks around it ignored.
   *
   * @param argument the argument
   * @return the mode
   * @throws InvalidArgumentException if the argument is not {@code S}, {@code B}, {@code C} or
   *     {@code Z}
   */
  public static TransmissionMode parse(String argument) {
    return values()[Codes.parse(argument, "SBCZ", "MODE")];
  }

  /**
   * Returns the letter that stands for this mode on the wire.
   *
   * @return {@code S}, {@code B}, {@code C} or {@code Z}
   */
  public char code() {
    return code;
  }

  /**
   * Returns the MODE argument for this mode.
   *
   * @return the letter as a string
   */
  public String toArgument() {
    return String.valueOf(code);
  }
}
