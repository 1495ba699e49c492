package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;

/** PWD and XPWD (RFC 959 §4.1.3, RFC 775): the working directory in a {@code 257} reply. */
final class PwdHandler extends BuiltInHandler {
  @Inject
  PwdHandler() {
    super(CommandSpec.builder(Verb.PWD)
        .alias(Verb.XPWD)
        .help("PWD: print the working directory")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    context.reply(Reply.ofPathname(context.workingDirectory().toString(),
        "is the current directory."));
  }
}
