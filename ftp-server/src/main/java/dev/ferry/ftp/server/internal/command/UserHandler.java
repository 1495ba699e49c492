package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import org.slf4j.MDC;

/**
 * USER (RFC 959 §4.1.1): starts a login, flushing any previous one. Every name gets the same
 * {@code 331}, known or not, so the reply reveals nothing about which users exist.
 */
final class UserHandler extends BuiltInHandler {
  @Inject
  UserHandler() {
    super(CommandSpec.builder(Verb.USER)
        .noLogin()
        .argument(ArgumentPolicy.REQUIRED)
        .help("USER <sp> username: start a login")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    context.session().userGiven(command.argument());
    MDC.remove("user");
    context.reply(Reply.of(ReplyCode.USER_NAME_OK_331, "Please specify the password."));
  }
}
