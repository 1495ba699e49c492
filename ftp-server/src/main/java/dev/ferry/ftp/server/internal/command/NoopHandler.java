package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.command.PendingAction;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;

/**
 * NOOP (RFC 959 §4.1.3): {@code 200}, also during a transfer, where clients send it as a
 * keep-alive. It keeps a pending REST offset, as keep-alives may fall between REST and RETR.
 */
final class NoopHandler extends BuiltInHandler {
  @Inject
  NoopHandler() {
    super(CommandSpec.builder(Verb.NOOP)
        .noLogin()
        .duringTransfer()
        .beforeAuth()
        .keeps(PendingAction.RESTART_OFFSET)
        .help("NOOP: do nothing")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    context.reply(Reply.of(ReplyCode.COMMAND_OK_200, "NOOP ok."));
  }
}
