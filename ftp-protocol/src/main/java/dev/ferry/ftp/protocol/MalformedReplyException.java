package dev.ferry.ftp.protocol;

/**
 * Thrown by the reply decoder when a server's reply does not follow RFC 959 §4.2: a line that
 * does not start with a three-digit code, a code outside 100–599, or a multi-line reply whose
 * last line does not repeat the first line's code.
 */
public final class MalformedReplyException extends FtpProtocolException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was expected and what was seen
   */
  public MalformedReplyException(String message) {
    super(message);
  }
}
