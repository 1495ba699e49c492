package dev.ferry.ftp.protocol.transfer;

/**
 * How lines end in local files: the form the TYPE A and TYPE E decoders write, and (together with
 * the other one) the form their encoders recognise.
 */
public enum LineSeparator {
  /** A line feed, {@code \n}: Unix and every modern server's files. */
  LF(new byte[] {'\n'}),
  /** A carriage return and a line feed, {@code \r\n}: Windows files. */
  CRLF(new byte[] {'\r', '\n'});

  private final byte[] bytes;

  LineSeparator(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Returns the separator of the platform this JVM runs on.
   *
   * @return {@link #CRLF} where {@link System#lineSeparator()} is {@code \r\n}, else {@link #LF}
   */
  public static LineSeparator system() {
    return "\r\n".equals(System.lineSeparator()) ? CRLF : LF;
  }

  /** The separator's bytes; callers must not modify the array. */
  byte[] bytes() {
    return bytes;
  }
}
