package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.FormatControl;
import dev.ferry.ftp.protocol.param.RepresentationType;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.command.PendingAction;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;

/**
 * TYPE (RFC 959 §4.1.2, §3.1.1): {@code A} and {@code E} with non-print format control (converted
 * by {@link dev.ferry.ftp.server.internal.transfer.TransferParameters}), {@code I} and
 * {@code L 8}. Telnet and carriage-control format, and other byte sizes, get {@code 504}.
 */
final class TypeHandler extends BuiltInHandler {
  @Inject
  TypeHandler() {
    super(CommandSpec.builder(Verb.TYPE)
        .argument(ArgumentPolicy.REQUIRED)
        .keeps(PendingAction.RESTART_OFFSET)
        .help("TYPE <sp> A | E | I | L 8: set the representation type")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    RepresentationType type = RepresentationType.parse(command.argument());
    boolean supported = switch (type) {
      case RepresentationType.Ascii ascii -> ascii.formatControl() == FormatControl.NON_PRINT;
      case RepresentationType.Ebcdic ebcdic -> ebcdic.formatControl() == FormatControl.NON_PRINT;
      case RepresentationType.Image image -> true;
      case RepresentationType.Local local -> local.byteSize() == 8;
    };
    if (!supported) {
      throw CommandFailedException.parameterNotImplemented(
          "TYPE " + type.toArgument() + " not supported.");
    }
    context.session().parameters(context.session().parameters().withType(type));
    context.reply(Reply.of(ReplyCode.COMMAND_OK_200, "Type set to " + type.toArgument() + "."));
  }
}
