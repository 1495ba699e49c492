package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.listing.MlsxFormat;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.VirtualPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;

/**
 * MLST (RFC 3659 §7.1, §7.2): the facts of one entry over the control connection, a {@code 250}
 * reply whose middle line is one space then the entry, named by its absolute path. Its FEAT line
 * lists the facts this user's backend can report, the selected ones starred (§7.8).
 */
final class MlstHandler extends BuiltInHandler {
  @Inject
  MlstHandler() {
    super(CommandSpec.builder(Verb.MLST)
        .argument(ArgumentPolicy.OPTIONAL)
        .permission(Permission.LIST)
        .features(context ->
            List.of(Feature.of("MLST", MlsxFacts.selection(context).toFeature())))
        .help("MLST [<sp> pathname]: the facts of one entry")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    VirtualPath path = context.resolve(command.argument());
    FileAttributes attributes = context.fileSystem().stat(path);
    StringBuilder line = new StringBuilder(" ");
    MlsxFacts.format(context).append(line, path.toString(), attributes,
        MlsxFormat.typeOf(attributes));
    context.reply(Reply.of(ReplyCode.FILE_ACTION_OK_250,
        List.of("Listing " + path, line.toString(), "End")));
  }
}
