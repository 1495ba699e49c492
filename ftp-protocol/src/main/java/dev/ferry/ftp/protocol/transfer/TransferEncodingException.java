package dev.ferry.ftp.protocol.transfer;

import dev.ferry.ftp.protocol.FtpProtocolException;

/**
 * Thrown by a transfer decoder when the data on the data connection does not follow its encoding: a
 * MODE B block cut short, a MODE C unit with a count of zero, a corrupt deflate stream, bytes after
 * the end-of-file marker. The transfer cannot go on; a server answers 426 or 451, a client fails
 * the download.
 */
public final class TransferEncodingException extends FtpProtocolException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was expected and what was seen
   */
  public TransferEncodingException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what was expected and what was seen
   * @param cause the underlying failure
   */
  public TransferEncodingException(String message, Throwable cause) {
    super(message, cause);
  }
}
