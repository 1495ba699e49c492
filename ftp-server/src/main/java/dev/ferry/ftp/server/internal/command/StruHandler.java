package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
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
 * STRU (RFC 959 §4.1.2, §3.1.2): file structure, and record structure (§3.1.2.1), where each line
 * of a file is a record, in stream mode only; page structure gets {@code 504}, and so does record
 * structure together with another MODE (block and compressed framing would carry the record ends
 * themselves, which this server does not combine with records).
 */
final class StruHandler extends BuiltInHandler {
  @Inject
  StruHandler() {
    super(CommandSpec.builder(Verb.STRU)
        .argument(ArgumentPolicy.REQUIRED)
        .keeps(PendingAction.RESTART_OFFSET)
        .help("STRU <sp> F | R: set the file structure")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    FileStructure structure = FileStructure.parse(command.argument());
    TransferParameters parameters = context.session().parameters();
    if (structure == FileStructure.PAGE) {
      throw CommandFailedException.parameterNotImplemented("STRU P not supported.");
    }
    if (structure == FileStructure.RECORD && parameters.mode() != TransmissionMode.STREAM) {
      throw CommandFailedException.parameterNotImplemented("STRU R needs MODE S.");
    }
    context.session().parameters(parameters.withStructure(structure));
    context.reply(Reply.of(ReplyCode.COMMAND_OK_200,
        "Structure set to " + structure.toArgument() + "."));
  }
}
