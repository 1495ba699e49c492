package dev.ferry.ftp.protocol;

/**
 * Thrown when a command argument or a reply's payload does not follow its grammar: a PORT argument
 * with an octet above 255, a TYPE of {@code X}, a time value with a month of 13. A server answers
 * it with 501 (syntax error in parameters) and the exception's message.
 *
 * <p>Two uses differ: {@link Verb#of} and {@link Command#parse} (and so {@link CommandDecoder})
 * throw it for a line that does not begin with a verb, which a server answers with 500 (syntax
 * error, command unrecognized); {@link CommandEncoder} throws it for a command a client cannot send
 * (an argument with CR or LF, or a character its charset cannot encode).
 */
public final class InvalidArgumentException extends FtpProtocolException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was expected and what was seen
   */
  public InvalidArgumentException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what was expected and what was seen
   * @param cause the underlying failure
   */
  public InvalidArgumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
