package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.command.PendingAction;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Optional;

/**
 * RNTO (RFC 959 §4.1.3): renames what RNFR named ({@code 503} without it) and answers
 * {@code 250}. A file replaces an existing file, which destroys that file's content, so it needs
 * {@link Permission#WRITE} too, as overwriting with STOR does; a directory is never replaced.
 */
final class RntoHandler extends BuiltInHandler {
  @Inject
  RntoHandler() {
    super(CommandSpec.builder(Verb.RNTO)
        .argument(ArgumentPolicy.REQUIRED)
        .permission(Permission.RENAME)
        .requiresPending(PendingAction.RENAME_FROM)
        .help("RNTO <sp> pathname: rename what RNFR named")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    VirtualPath target = context.resolve(command.argument());
    VirtualPath source = context.session().pending().renameFrom().orElseThrow();
    VirtualFileSystem fs = context.fileSystem();
    if (!target.equals(source) && existing(fs, target).map(FileAttributes::isFile).orElse(false)) {
      context.require(Permission.WRITE);
    }
    fs.rename(source, target);
    context.reply(Reply.of(ReplyCode.FILE_ACTION_OK_250,
        "Renamed " + source + " to " + target + "."));
  }

  private static Optional<FileAttributes> existing(VirtualFileSystem fs, VirtualPath path)
      throws IOException {
    try {
      return Optional.of(fs.stat(path));
    } catch (VfsException e) {
      if (e.kind() == VfsException.Kind.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
