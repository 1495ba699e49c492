package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import org.slf4j.MDC;

/**
 * REIN (RFC 959 §4.1.1): logs out and resets every parameter, keeping the connection; answered
 * {@code 220} like a new connection. A running transfer completes first, because REIN is not
 * allowed during a transfer and so waits for its end.
 */
final class ReinHandler extends BuiltInHandler {
  @Inject
  ReinHandler() {
    super(CommandSpec.builder(Verb.REIN)
        .noLogin()
        .help("REIN: log out and start over")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    context.session().reinitialize();
    MDC.remove("user");
    context.reply(Reply.of(ReplyCode.SERVICE_READY_220, "Service ready for new user."));
  }
}
