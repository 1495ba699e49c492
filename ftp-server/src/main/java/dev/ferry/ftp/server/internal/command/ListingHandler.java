package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.listing.ListingFormatter;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.listing.ListArguments;
import dev.ferry.ftp.server.internal.listing.ListingFormat;
import dev.ferry.ftp.server.internal.listing.ListingJob;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.time.Clock;

/**
 * LIST and NLST (RFC 959 §4.1.3): a listing of a directory, or of one file, over the data
 * connection. {@code ls}-style options are accepted and ignored; LIST sends Unix {@code ls -l}
 * lines, NLST bare names. A missing path is a {@code 550} before any {@code 150}.
 */
abstract class ListingHandler extends BuiltInHandler {
  private final ListingFormat format;
  private final ListingFormatter formatter;

  ListingHandler(Verb verb, ListingFormat format, Clock clock, String help) {
    super(CommandSpec.builder(verb)
        .argument(ArgumentPolicy.OPTIONAL)
        .permission(Permission.LIST)
        .help(help)
        .build());
    this.format = format;
    this.formatter = ListingFormat.formatter(clock);
  }

  @Override
  final void handle(SessionContext context, Command command) throws IOException {
    VirtualPath path = context.resolve(ListArguments.parse(command.argument()).path());
    VirtualFileSystem fs = context.fileSystem();
    context.startTransfer("Here comes the directory listing.", () -> {
      FileAttributes attributes = fs.stat(path);
      return attributes.isDirectory()
          ? ListingJob.ofDirectory(path.toString(), format, formatter, fs.list(path))
          : ListingJob.ofFile(path.toString(), format, formatter, path.name(), attributes);
    });
  }
}
