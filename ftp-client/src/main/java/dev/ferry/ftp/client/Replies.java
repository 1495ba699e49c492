package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import java.util.List;
import java.util.Locale;

/** Turns a refusal into the exception type that says what it means. The one place that does. */
final class Replies {
  /** Words servers use in a 550 for a missing file (ProFTPD, Pure-FTPd, IIS, MINA, Ferry). */
  private static final List<String> NOT_FOUND =
      List.of(
          "no such file",
          "not found",
          "does not exist",
          "doesn't exist",
          "not exist",
          "cannot find",
          "can't find");

  /** Words servers use in a 550 for a refused access. */
  private static final List<String> DENIED =
      List.of("permission denied", "access denied", "denied", "not allowed", "forbidden");

  private Replies() {}

  /**
   * Returns the exception for a negative reply.
   *
   * @param command the command that was refused, or null for the greeting
   * @param reply a 4yz or 5yz reply (anything else gets the base type)
   * @return the most precise exception that the reply justifies
   */
  static FtpReplyException refusal(Command command, Reply reply) {
    int code = reply.code().code();
    return switch (code) {
      case 500, 502, 504 -> new FtpUnsupportedException(command, reply);
      case 530 -> isLogin(command)
          ? new FtpLoginException(command, reply)
          : new FtpPermissionException(command, reply);
      case 532, 533, 534 -> new FtpPermissionException(command, reply);
      case 450, 550, 553 -> byText(command, reply);
      default ->
          reply.code().category() == ReplyCode.Category.TRANSIENT_NEGATIVE
              ? new FtpTransientException(command, reply)
              : isLogin(command)
                  ? new FtpLoginException(command, reply)
                  : new FtpReplyException(command, reply);
    };
  }

  /** Whether a reply is a refusal that names a missing path, as a probe reads it. */
  static boolean saysNotFound(Reply reply) {
    return contains(reply, NOT_FOUND);
  }

  private static FtpReplyException byText(Command command, Reply reply) {
    if (contains(reply, NOT_FOUND)) {
      return new FtpNotFoundException(command, reply);
    }
    if (contains(reply, DENIED)) {
      return new FtpPermissionException(command, reply);
    }
    return switch (reply.code().code()) {
      case 450 -> new FtpTransientException(command, reply);
      case 553 -> new FtpPermissionException(command, reply); // "file name not allowed"
      default -> new FtpReplyException(command, reply);
    };
  }

  private static boolean contains(Reply reply, List<String> words) {
    String text = reply.text().toLowerCase(Locale.ROOT);
    for (String word : words) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLogin(Command command) {
    if (command == null) {
      return false;
    }
    Verb verb = command.verb();
    return verb.equals(Verb.USER) || verb.equals(Verb.PASS) || verb.equals(Verb.ACCT);
  }
}
