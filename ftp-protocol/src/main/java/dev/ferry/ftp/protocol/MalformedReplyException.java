package dev.ferry.ftp.protocol;

/**
 * Thrown when a server's reply does not follow RFC 959 §4.2: {@link ReplyDecoder} throws it for a
 * first line that does not start with a reply code (100–699) and a space or hyphen, and for a
 * multi-line reply with more lines than its limit; {@link Reply#pathname()} throws it for a 257
 * reply without a quoted path (RFC 959 Appendix II).
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
