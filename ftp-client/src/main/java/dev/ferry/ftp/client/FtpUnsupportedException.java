package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;

/** A refusal that means the server does not implement the command or the parameter (500, 502, 504). */
public class FtpUnsupportedException extends FtpReplyException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param command the command that was refused, or {@code null} for the greeting
   * @param reply the server's reply to it
   */
  public FtpUnsupportedException(Command command, Reply reply) {
    super(command, reply);
  }
}
