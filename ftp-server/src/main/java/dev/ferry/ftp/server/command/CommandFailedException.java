package dev.ferry.ftp.server.command;

import dev.ferry.ftp.protocol.ReplyCode;
import java.util.Objects;

/**
 * A command that cannot be carried out, with the reply code that says why. Handlers throw it (or a
 * storage or protocol exception) and the server turns it into the reply, in one place; a handler
 * never writes an error reply itself.
 */
public final class CommandFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The reply code; {@link ReplyCode} is not serializable, its number is. */
  private final int code;

  /**
   * Creates the exception.
   *
   * @param code a negative-completion reply code (4xx or 5xx)
   * @param message the reply's text
   * @throws IllegalArgumentException if the code is not a 4xx or 5xx code
   */
  public CommandFailedException(ReplyCode code, String message) {
    super(Objects.requireNonNull(message, "message"));
    if (!Objects.requireNonNull(code, "code").category().isNegative()) {
      throw new IllegalArgumentException("not a failure reply code: " + code.code());
    }
    this.code = code.code();
  }

  /**
   * Returns a {@code 503}: the command is out of sequence (RFC 959 §4.2.2).
   *
   * @param message the reply's text
   * @return the exception
   */
  public static CommandFailedException badSequence(String message) {
    return new CommandFailedException(ReplyCode.BAD_SEQUENCE_503, message);
  }

  /**
   * Returns a {@code 504}: the command is known but not for this parameter (RFC 959 §4.2.2).
   *
   * @param message the reply's text
   * @return the exception
   */
  public static CommandFailedException parameterNotImplemented(String message) {
    return new CommandFailedException(ReplyCode.NOT_IMPLEMENTED_FOR_PARAMETER_504, message);
  }

  /**
   * Returns a {@code 502}: the command is not implemented (RFC 959 §4.2.2).
   *
   * @param message the reply's text
   * @return the exception
   */
  public static CommandFailedException notImplemented(String message) {
    return new CommandFailedException(ReplyCode.COMMAND_NOT_IMPLEMENTED_502, message);
  }

  /**
   * Returns a {@code 550}: the user may not do this.
   *
   * @param message the reply's text
   * @return the exception
   */
  public static CommandFailedException permissionDenied(String message) {
    return new CommandFailedException(ReplyCode.FILE_UNAVAILABLE_550, message);
  }

  /**
   * Returns a {@code 530}: the command needs a logged-in user (RFC 959 §4.2.2).
   *
   * @param message the reply's text
   * @return the exception
   */
  public static CommandFailedException notLoggedIn(String message) {
    return new CommandFailedException(ReplyCode.NOT_LOGGED_IN_530, message);
  }

  /**
   * Returns the reply code.
   *
   * @return a 4xx or 5xx code
   */
  public ReplyCode code() {
    return ReplyCode.of(code);
  }
}
