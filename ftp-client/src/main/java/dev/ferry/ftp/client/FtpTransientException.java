package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;

/** A refusal that means a transient negative reply (4yz, RFC 959 §4.2.1): the same command may succeed if tried again, for example 421, 425, 426 or 450. */
public class FtpTransientException extends FtpReplyException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param command the command that was refused, or {@code null} for the greeting
   * @param reply the server's reply to it
   */
  public FtpTransientException(Command command, Reply reply) {
    super(command, reply);
  }
}
