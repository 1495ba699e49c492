package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.protocol.param.FileStructure;
import dev.ferry.ftp.protocol.param.TransmissionMode;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.command.PendingAction;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.server.internal.transfer.TransferParameters;
import jakarta.inject.Inject;

/**
 * MODE (RFC 959 §4.1.2, §3.4): stream, block, compressed, and deflate
 * (draft-preston-ftpext-deflate §2, announced as {@code MODE Z}). Each transfer then frames its
 * data that way; REST needs stream mode, and so does record structure (see {@link StruHandler}).
 */
final class ModeHandler extends BuiltInHandler {
  @Inject
  ModeHandler() {
    super(CommandSpec.builder(Verb.MODE)
        .argument(ArgumentPolicy.REQUIRED)
        .keeps(PendingAction.RESTART_OFFSET)
        .feature(Feature.of("MODE", "Z"))
        .help("MODE <sp> S | B | C | Z: set the transfer mode")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    TransmissionMode mode = TransmissionMode.parse(command.argument());
    TransferParameters parameters = context.session().parameters();
    if (mode != TransmissionMode.STREAM && parameters.structure() == FileStructure.RECORD) {
      throw CommandFailedException.parameterNotImplemented(
          "MODE " + mode.toArgument() + " is not combined with STRU R; use STRU F.");
    }
    context.session().parameters(parameters.withMode(mode));
    context.reply(Reply.of(ReplyCode.COMMAND_OK_200, "Mode set to " + mode.toArgument() + "."));
  }
}
