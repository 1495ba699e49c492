package dev.ferry.ftp.protocol;

/**
 * Thrown by a line decoder ({@link CommandDecoder}, {@link ReplyDecoder}) when a command or reply
 * line exceeds the configured maximum length before its end of line is seen. It is thrown once per
 * line, as soon as the limit is passed; the decoder discards the rest of that line, so the
 * connection can answer with an error (a server replies 500) and go on with the next one.
 */
public final class LineTooLongException extends FtpProtocolException {
  private static final long serialVersionUID = 1L;

  /** The limit that was exceeded, in bytes. */
  private final int maxLength;

  /**
   * Creates the exception for a line longer than {@code maxLength} bytes.
   *
   * @param maxLength the configured limit, in bytes, without the end of line
   */
  public LineTooLongException(int maxLength) {
    super("line longer than " + maxLength + " bytes");
    this.maxLength = maxLength;
  }

  /**
   * Returns the limit that was exceeded.
   *
   * @return the maximum line length in bytes, without the end of line
   */
  public int maxLength() {
    return maxLength;
  }
}
