package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.FileStructure;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.command.PendingAction;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;

/**
 * STRU (RFC 959 §4.1.2, §3.1.2): file structure only; record and page structure get
 * {@code 504}.
 */
final class StruHandler extends BuiltInHandler {
  @Inject
  StruHandler() {
    super(CommandSpec.builder(Verb.STRU)
        .argument(ArgumentPolicy.REQUIRED)
        .keeps(PendingAction.RESTART_OFFSET)
        .help("STRU <sp> F: set the file structure")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    FileStructure structure = FileStructure.parse(command.argument());
    if (structure != FileStructure.FILE) {
      throw CommandFailedException.parameterNotImplemented(
          "STRU " + structure.toArgument() + " not supported.");
    }
    context.session().parameters(context.session().parameters().withStructure(structure));
    context.reply(Reply.of(ReplyCode.COMMAND_OK_200, "Structure set to F."));
  }
}
