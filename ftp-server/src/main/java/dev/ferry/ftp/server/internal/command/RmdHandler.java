package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.VirtualPath;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * RMD and XRMD (RFC 959 §4.1.3, RFC 775): removes an empty directory. Offered where directories
 * exist on their own ({@link Capability#DIRECTORIES}); in an object store they vanish with their
 * last file.
 */
final class RmdHandler extends BuiltInHandler {
  @Inject
  RmdHandler() {
    super(CommandSpec.builder(Verb.RMD)
        .alias(Verb.XRMD)
        .argument(ArgumentPolicy.REQUIRED)
        .permission(Permission.RMDIR)
        .availableWhen(context -> Storage.has(context, Capability.DIRECTORIES))
        .help("RMD <sp> pathname: remove an empty directory")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    VirtualPath path = context.resolve(command.argument());
    context.fileSystem().deleteDirectory(path);
    context.reply(Reply.of(ReplyCode.FILE_ACTION_OK_250, "Removed " + path + "."));
  }
}
