package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;

/**
 * SYST (RFC 959 §4.1.3): {@code 215 UNIX Type: L8}, the answer clients expect from a server whose
 * listings are in the Unix format (the system names come from RFC 1700's list).
 */
final class SystHandler extends BuiltInHandler {
  @Inject
  SystHandler() {
    super(CommandSpec.builder(Verb.SYST)
        .noLogin()
        .help("SYST: name the server's system type")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    context.reply(Reply.of(ReplyCode.SYSTEM_TYPE_215, "UNIX Type: L8"));
  }
}
