package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;

/**
 * CLNT (de facto, sent by FileZilla and others): the client names its software; the name is kept
 * for STAT and logs, truncated to {@value #MAX_NAME} characters.
 */
final class ClntHandler extends BuiltInHandler {
  static final int MAX_NAME = 128;

  @Inject
  ClntHandler() {
    super(CommandSpec.builder(Verb.CLNT)
        .noLogin()
        .argument(ArgumentPolicy.REQUIRED)
        .feature(Feature.of("CLNT"))
        .help("CLNT <sp> client-name: name the client software")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    String name = command.argument().strip();
    context.session().options().clientName(
        name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name);
    context.reply(Reply.of(ReplyCode.COMMAND_OK_200, "Noted."));
  }
}
