package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;

/** A refusal that means the file or directory does not exist: a 550 (or 450) whose text says so, or one the client confirmed by looking for the path. */
public class FtpNotFoundException extends FtpReplyException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param command the command that was refused, or {@code null} for the greeting
   * @param reply the server's reply to it
   */
  public FtpNotFoundException(Command command, Reply reply) {
    super(command, reply);
  }
}
