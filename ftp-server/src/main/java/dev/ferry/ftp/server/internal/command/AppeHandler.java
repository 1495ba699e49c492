package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.command.PendingAction;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.server.internal.transfer.StoreJob;
import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import dev.ferry.ftp.vfs.WriteMode;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * APPE (RFC 959 §4.1.3): receives data and appends it to a file, creating the file if it does not
 * exist. After REST (RFC 3659 §5) it writes from that offset instead, as a resumed upload does.
 * Offered where the backend can append ({@link Capability#APPEND}).
 */
final class AppeHandler extends BuiltInHandler {
  @Inject
  AppeHandler() {
    super(CommandSpec.builder(Verb.APPE)
        .argument(ArgumentPolicy.REQUIRED)
        .permission(Permission.APPEND)
        .consumes(PendingAction.RESTART_OFFSET)
        .availableWhen(context -> Storage.has(context, Capability.APPEND))
        .help("APPE <sp> pathname: append to a file")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    VirtualPath path = context.resolve(command.argument());
    VirtualFileSystem fs = context.fileSystem();
    long offset = context.session().pending().restartOffset();
    WriteMode mode = offset > 0 ? WriteMode.at(offset) : WriteMode.append();
    context.startTransfer("Ok to send data.",
        () -> new StoreJob(path.toString(), fs.openWrite(path, mode)));
  }
}
