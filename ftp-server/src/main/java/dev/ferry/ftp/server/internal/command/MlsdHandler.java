package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.listing.ListingJob;
import dev.ferry.ftp.server.internal.listing.MlsxFormat;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * MLSD (RFC 3659 §7.1, §7.2): a directory's entries as MLSx lines over the data connection, after
 * a {@code cdir} line and, below the root, a {@code pdir} line. The argument must be a directory
 * ({@code 501} for a file, §7.1). The directory is checked before any {@code 150}.
 */
final class MlsdHandler extends BuiltInHandler {
  @Inject
  MlsdHandler() {
    super(CommandSpec.builder(Verb.MLSD)
        .argument(ArgumentPolicy.OPTIONAL)
        .permission(Permission.LIST)
        .help("MLSD [<sp> pathname]: list a directory in machine form")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    VirtualPath path = context.resolve(command.argument());
    VirtualFileSystem fs = context.fileSystem();
    FileAttributes directory = fs.stat(path);
    if (!directory.isDirectory()) {
      throw new CommandFailedException(ReplyCode.SYNTAX_ERROR_IN_ARGUMENTS_501,
          path + " is not a directory.");
    }
    FileAttributes parent = path.isRoot() ? null : fs.stat(path.parent());
    MlsxFormat format = MlsxFacts.format(context);
    context.startTransfer("Here comes the MLSD listing.",
        () -> ListingJob.mlsd(path.toString(), format, directory, parent, fs.list(path)));
  }
}
