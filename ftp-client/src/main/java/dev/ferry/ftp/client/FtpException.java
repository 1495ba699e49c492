package dev.ferry.ftp.client;

import java.io.IOException;

/**
 * The root of the client's exceptions: something went wrong talking to an FTP server.
 *
 * <p>It is an {@link IOException}, so code that already handles I/O failures handles FTP ones.
 * Thrown as itself when the server broke the protocol (a malformed reply, a reply that makes no
 * sense for the command) or a check the client makes failed; a refusal by the server is a {@link
 * FtpReplyException}.
 */
public class FtpException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong
   */
  public FtpException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public FtpException(String message, Throwable cause) {
    super(message, cause);
  }
}
