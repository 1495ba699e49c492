package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.data.AbortReason;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;

/**
 * QUIT (RFC 959 §4.1.1): ends the session with {@code 221}. During a transfer the transfer is
 * aborted first and answered {@code 426}.
 */
final class QuitHandler extends BuiltInHandler {
  @Inject
  QuitHandler() {
    super(CommandSpec.builder(Verb.QUIT)
        .noLogin()
        .duringTransfer()
        .beforeAuth()
        .help("QUIT: end the session")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    Aborts.abortTransfer(context, AbortReason.QUIT);
    context.requestClose();
    context.reply(Reply.of(ReplyCode.SERVICE_CLOSING_221, "Goodbye."));
  }
}
