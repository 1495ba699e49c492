package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.VirtualPath;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * AVBL (draft-peterson-streamlined-ftp-command-extensions-10 §4): {@code AVBL [<path>]} answers
 * {@code 213 <bytes>}, the space left to upload into a directory (the working directory without
 * an argument); {@code 550} for a missing path or a file. Offered, and in FEAT, only to a user who
 * may upload to a backend that knows its free space ({@link Capability#AVAILABLE_SPACE}).
 */
final class AvblHandler extends BuiltInHandler {
  @Inject
  AvblHandler() {
    super(CommandSpec.builder(Verb.AVBL)
        .argument(ArgumentPolicy.OPTIONAL)
        .permission(Permission.WRITE)
        .availableWhen(context -> Storage.has(context, Capability.AVAILABLE_SPACE))
        .feature(Feature.of("AVBL"))
        .help("AVBL [<sp> pathname]: the bytes available for uploads in a directory")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    VirtualPath directory = command.argument().isEmpty()
        ? context.workingDirectory()
        : context.resolve(command.argument());
    long bytes = context.fileSystem().availableSpace(directory);
    context.reply(Reply.of(ReplyCode.FILE_STATUS_213, Long.toString(bytes)));
  }
}
