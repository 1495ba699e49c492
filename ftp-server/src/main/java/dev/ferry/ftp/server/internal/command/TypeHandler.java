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
 * TYPE (RFC 959 §4.1.2, §3.1.1): {@code I}, {@code L 8} and {@code A} (non-print) are accepted;
 * other format controls, EBCDIC and other byte sizes get {@code 504}. In type A the file's bytes
 * are sent unchanged, as vsftpd does by default, until the TYPE A transform of
 * {@code dev.ferry.ftp.protocol.transfer} is wired into the copy path; zero-copy is used only in
 * a binary type.
 */
final class TypeHandler extends BuiltInHandler {
  @Inject
  TypeHandler() {
    super(CommandSpec.builder(Verb.TYPE)
        .argument(ArgumentPolicy.REQUIRED)
        .keeps(PendingAction.RESTART_OFFSET)
        .help("TYPE <sp> A | I | L 8: set the representation type")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    RepresentationType type = RepresentationType.parse(command.argument());
    boolean supported = switch (type) {
      case RepresentationType.Ascii ascii -> ascii.formatControl() == FormatControl.NON_PRINT;
      case RepresentationType.Image image -> true;
      case RepresentationType.Local local -> local.byteSize() == 8;
      case RepresentationType.Ebcdic ebcdic -> false;
    };
    if (!supported) {
      throw CommandFailedException.parameterNotImplemented(
          "TYPE " + type.toArgument() + " not supported.");
    }
    context.session().parameters(context.session().parameters().withType(type));
    context.reply(Reply.of(ReplyCode.COMMAND_OK_200, "Type set to " + type.toArgument() + "."));
  }
}
