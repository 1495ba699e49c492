package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;

/** A refusal that means the server refused the login: a negative reply to USER, PASS or ACCT, or an account it asked for that the credentials do not have. */
public class FtpLoginException extends FtpReplyException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param command the command that was refused, or {@code null} for the greeting
   * @param reply the server's reply to it
   */
  public FtpLoginException(Command command, Reply reply) {
    super(command, reply);
  }
}
