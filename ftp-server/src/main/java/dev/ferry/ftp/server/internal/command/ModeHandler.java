package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.TransmissionMode;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.command.PendingAction;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;

/**
 * MODE (RFC 959 §4.1.2, §3.4): stream mode; block, compressed and deflate get {@code 504} until
 * their framing codecs from {@code dev.ferry.ftp.protocol.transfer} are wired into transfers.
 */
final class ModeHandler extends BuiltInHandler {
  @Inject
  ModeHandler() {
    super(CommandSpec.builder(Verb.MODE)
        .argument(ArgumentPolicy.REQUIRED)
        .keeps(PendingAction.RESTART_OFFSET)
        .help("MODE <sp> S: set the transfer mode")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    TransmissionMode mode = TransmissionMode.parse(command.argument());
    if (mode != TransmissionMode.STREAM) {
      throw CommandFailedException.parameterNotImplemented(
          "MODE " + mode.toArgument() + " not supported.");
    }
    context.session().parameters(context.session().parameters().withMode(mode));
    context.reply(Reply.of(ReplyCode.COMMAND_OK_200, "Mode set to S."));
  }
}
