package dev.ferry.ftp.protocol.param;

import dev.ferry.ftp.protocol.InvalidArgumentException;

/**
 * The file structure set by STRU (RFC 959 §3.1.2, grammar in §5.3.2: {@code F | R | P}).
 */
public enum FileStructure {
  /** {@code F}, the default: a continuous sequence of data bytes. */
  FILE('F'),
  /** {@code R}: a sequence of records. */
  RECORD('R'),
  /** {@code P}: independent indexed pages (a TOPS-20 structure). */
  PAGE('P');

  private final char code;

  FileStructure(char code) {
    this.code = code;
  }

  /**
   * Parses a STRU argument: one letter in either case, blanks around it ignored.
   *
   * @param argument the argument
   * @return the structure
   * @throws InvalidArgumentException if the argument is not {@code F}, {@code R} or {@code P}
   */
  public static FileStructure parse(String argument) {
    return values()[Codes.parse(argument, "FRP", "STRU")];
  }

  /**
   * Returns the letter that stands for this structure on the wire.
   *
   * @return {@code F}, {@code R} or {@code P}
   */
  public char code() {
    return code;
  }

  /**
   * Returns the STRU argument for this structure.
   *
   * @return the letter as a string
   */
  public String toArgument() {
    return String.valueOf(code);
  }
}
