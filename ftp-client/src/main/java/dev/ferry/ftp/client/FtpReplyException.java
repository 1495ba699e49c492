package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import java.util.Objects;
import java.util.Optional;

/**
 * The server refused a command: it carries the command and the server's reply, so the caller sees
 * the real reason, not a boolean.
 *
 * <p>Subclasses name the refusals a caller commonly reacts to: {@link FtpNotFoundException},
 * {@link FtpPermissionException}, {@link FtpTransientException} (4yz: trying again may work),
 * {@link FtpLoginException} and {@link FtpUnsupportedException}. Everything else is this class.
 */
public class FtpReplyException extends FtpException {
  private static final long serialVersionUID = 1L;

  /** The command that was refused, or null for the greeting; its toString() masks passwords. */
  private final transient Command command;

  private final transient Reply reply;

  /**
   * Creates the exception.
   *
   * @param command the command that was refused, or {@code null} when the server refused the
   *     connection in its greeting (for example 421, too many users)
   * @param reply the server's reply to it
   */
  public FtpReplyException(Command command, Reply reply) {
    super(describe(command, reply));
    this.command = command;
    this.reply = reply;
  }

  /**
   * Returns the command the server refused. For a transfer it is the transfer command (such as
   * {@code RETR}), also when the refusal came with the final reply after the data.
   *
   * @return the command, or empty when the server refused the connection itself
   */
  public Optional<Command> command() {
    return Optional.ofNullable(command);
  }

  /**
   * Returns the server's reply.
   *
   * @return the reply, with its code and every line of its text
   */
  public Reply reply() {
    return reply;
  }

  /**
   * Returns the reply code, for example {@code 550}.
   *
   * @return the three-digit code
   */
  public int code() {
    return reply.code().code();
  }

  private static String describe(Command command, Reply reply) {
    Objects.requireNonNull(reply, "reply");
    return (command == null ? "greeting" : command.toString())
        + ": "
        + reply.code().code()
        + " "
        + reply.text();
  }
}
