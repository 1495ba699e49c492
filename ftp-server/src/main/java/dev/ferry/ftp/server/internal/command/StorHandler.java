package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.command.PendingAction;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.server.internal.transfer.StoreJob;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import dev.ferry.ftp.vfs.WriteMode;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * STOR (RFC 959 §4.1.3): receives a file, replacing an existing one; after REST (RFC 3659 §5) it
 * writes in place from the offset, which needs a backend with random writes ({@code 504}
 * otherwise). The new content becomes visible only when the whole upload arrived.
 */
final class StorHandler extends BuiltInHandler {
  @Inject
  StorHandler() {
    super(CommandSpec.builder(Verb.STOR)
        .argument(ArgumentPolicy.REQUIRED)
        .permission(Permission.WRITE)
        .consumes(PendingAction.RESTART_OFFSET)
        .help("STOR <sp> pathname: upload a file")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    VirtualPath path = context.resolve(command.argument());
    VirtualFileSystem fs = context.fileSystem();
    long offset = context.session().pending().restartOffset();
    WriteMode mode = offset > 0 ? WriteMode.at(offset) : WriteMode.replace();
    context.startTransfer("Ok to send data.",
        () -> new StoreJob(path.toString(), fs.openWrite(path, mode)));
  }
}
