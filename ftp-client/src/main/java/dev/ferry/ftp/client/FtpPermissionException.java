package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;

/** A refusal that means the server denied access: 530 outside of login, 532, 533, 534, 553, or a 550 whose text says access was denied. */
public class FtpPermissionException extends FtpReplyException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param command the command that was refused, or {@code null} for the greeting
   * @param reply the server's reply to it
   */
  public FtpPermissionException(Command command, Reply reply) {
    super(command, reply);
  }
}
