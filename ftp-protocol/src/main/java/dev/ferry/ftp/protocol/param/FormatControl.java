package dev.ferry.ftp.protocol.param;

import dev.ferry.ftp.protocol.internal.Chars;

/**
 * The format control of TYPE A and TYPE E (RFC 959 §3.1.1.5): how vertical format (line and page
 * breaks) is written in a text file.
 */
public enum FormatControl {
  /** {@code N}, the default: the text has no vertical format controls beyond CRLF. */
  NON_PRINT('N'),
  /** {@code T}: the text holds Telnet format controls (CR, LF, NL, VT, FF). */
  TELNET('T'),
  /** {@code C}: each line starts with an ASA (Fortran) carriage control character. */
  CARRIAGE_CONTROL('C');

  private final char code;

  FormatControl(char code) {
    this.code = code;
  }

  /**
   * Returns the letter that stands for this format control on the wire.
   *
   * @return {@code N}, {@code T} or {@code C}
   */
  public char code() {
    return code;
  }

  /** Returns the format control of a letter in either case, or null. */
  static FormatControl ofCode(char letter) {
    for (FormatControl control : values()) {
      if (control.code == Chars.toUpperCase(letter)) {
        return control;
      }
    }
    return null;
  }
}
