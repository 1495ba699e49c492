package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.command.PendingAction;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.server.internal.transfer.RetrieveJob;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * RETR (RFC 959 §4.1.3): sends a file, from the REST offset if one is pending (RFC 3659 §5). The
 * file is opened before {@code 150}, so a missing one is a plain {@code 550}.
 */
final class RetrHandler extends BuiltInHandler {
  @Inject
  RetrHandler() {
    super(CommandSpec.builder(Verb.RETR)
        .argument(ArgumentPolicy.REQUIRED)
        .permission(Permission.READ)
        .consumes(PendingAction.RESTART_OFFSET)
        .help("RETR <sp> pathname: download a file")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    VirtualPath path = context.resolve(command.argument());
    VirtualFileSystem fs = context.fileSystem();
    long offset = context.session().pending().restartOffset();
    context.startTransfer("Opening data connection for " + path + ".",
        () -> new RetrieveJob(path.toString(), fs.openRead(path, offset)));
  }
}
