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
 * CSID (de facto, Serv-U's client and server identification): the client sends
 * {@code Name=...; Version=...;} facts, which are kept like CLNT's name, and the server answers
 * {@code 200} with its own, {@code Name=Ferry; Version=...;}.
 */
final class CsidHandler extends BuiltInHandler {
  private final String identity;

  @Inject
  CsidHandler(CommandSettings settings) {
    super(CommandSpec.builder(Verb.CSID)
        .noLogin()
        .argument(ArgumentPolicy.OPTIONAL)
        .feature(Feature.of("CSID"))
        .help("CSID [<sp> Name=...; Version=...;]: exchange client and server identification")
        .build());
    this.identity = "Name=" + settings.serverName() + "; Version=" + settings.serverVersion()
        + ";";
  }

  @Override
  void handle(SessionContext context, Command command) {
    String client = command.argument().strip();
    if (!client.isEmpty()) {
      context.session().options().clientName(client.length() > ClntHandler.MAX_NAME
          ? client.substring(0, ClntHandler.MAX_NAME) : client);
    }
    context.reply(Reply.of(ReplyCode.COMMAND_OK_200, identity));
  }
}
