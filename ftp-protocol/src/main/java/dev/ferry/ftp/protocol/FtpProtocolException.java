package dev.ferry.ftp.protocol;

/**
 * The root of the unchecked exceptions that the codecs of this module throw when input does not
 * follow the protocol's grammar. A parser in this module throws nothing else for bad input: no
 * {@code NumberFormatException}, no {@code IndexOutOfBoundsException}.
 *
 * <p>Messages say what was expected and what was seen, so a server can echo them in a 5xx reply
 * text and a client can put them in its own error.
 */
public class FtpProtocolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that says what was wrong.
   *
   * @param message what was expected and what was seen
   */
  public FtpProtocolException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the exception that caused it.
   *
   * @param message what was expected and what was seen
   * @param cause the underlying failure
   */
  public FtpProtocolException(String message, Throwable cause) {
    super(message, cause);
  }
}
