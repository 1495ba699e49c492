package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.vfs.VirtualPath;
import jakarta.inject.Inject;
import java.io.IOException;

/** DELE (RFC 959 §4.1.3): deletes a file; a directory is RMD's business ({@code 550}). */
final class DeleHandler extends BuiltInHandler {
  @Inject
  DeleHandler() {
    super(CommandSpec.builder(Verb.DELE)
        .argument(ArgumentPolicy.REQUIRED)
        .permission(Permission.DELETE)
        .help("DELE <sp> pathname: delete a file")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    VirtualPath path = context.resolve(command.argument());
    context.fileSystem().delete(path);
    context.reply(Reply.of(ReplyCode.FILE_ACTION_OK_250, "Deleted " + path + "."));
  }
}
