package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VirtualPath;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * RNFR (RFC 959 §4.1.3): names what the next command, RNTO, renames, and answers {@code 350}.
 * The source must exist; a directory only where the backend can move directories
 * ({@link Capability#RENAME_DIRECTORY}, {@code 504} otherwise). The dispatcher drops the pending
 * name before any command other than RNTO.
 */
final class RnfrHandler extends BuiltInHandler {
  @Inject
  RnfrHandler() {
    super(CommandSpec.builder(Verb.RNFR)
        .argument(ArgumentPolicy.REQUIRED)
        .permission(Permission.RENAME)
        .help("RNFR <sp> pathname: name the file or directory to rename")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    VirtualPath source = context.resolve(command.argument());
    if (source.isRoot()) {
      throw CommandFailedException.permissionDenied("The root cannot be renamed.");
    }
    FileAttributes attributes = context.fileSystem().stat(source);
    if (attributes.isDirectory()
        && !context.fileSystem().capabilities().contains(Capability.RENAME_DIRECTORY)) {
      throw new VfsException(VfsException.Kind.UNSUPPORTED, source);
    }
    context.session().pending().setRenameFrom(source);
    context.reply(Reply.of(ReplyCode.FILE_ACTION_PENDING_350,
        "Ready to rename " + source + ". Send RNTO."));
  }
}
