package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.Verb;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The login sequence of RFC 959 §5.4: USER, then PASS if the server asks (331), then ACCT if it
 * asks (332), until 230 (or 202, "superfluous": no login needed).
 */
final class Login {
  private static final Logger log = LoggerFactory.getLogger(Login.class);

  private Login() {}

  static void run(FtpSession session, Credentials credentials) throws IOException {
    Command command = Command.of(Verb.USER, credentials.user());
    Reply reply = session.exchange(command);
    if (reply.code().code() == 331) {
      command = Command.of(Verb.PASS, credentials.password());
      reply = session.exchange(command);
    }
    if (reply.code().code() == 332) {
      if (credentials.account().isEmpty()) {
        throw new FtpLoginException(command, reply);
      }
      command = Command.of(Verb.ACCT, credentials.account().get());
      reply = session.exchange(command);
    }
    int code = reply.code().code();
    if (code == 230 || code == 202) {
      log.debug("{}: logged in as {}", session.control().name(), credentials.user());
      return;
    }
    throw reply.code().category().isNegative()
        ? Replies.refusal(command, reply)
        : new FtpLoginException(command, reply);
  }
}
