package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;

/** ACCT (RFC 959 §4.1.1): accounts are not used here, so it is superfluous ({@code 202}). */
final class AcctHandler extends BuiltInHandler {
  @Inject
  AcctHandler() {
    super(CommandSpec.builder(Verb.ACCT)
        .noLogin()
        .argument(ArgumentPolicy.REQUIRED)
        .help("ACCT <sp> account: not needed on this server")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    context.reply(Reply.of(ReplyCode.COMMAND_SUPERFLUOUS_202, "No account needed."));
  }
}
