package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.protocol.param.Timeval;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.VirtualPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;

/**
 * MFMT (draft-somers-ftp-mfxx-04 §3): sets an entry's modification time, given in UTC, and
 * answers {@code 213 Modify=<time>; <path>}. Offered, and in FEAT, only where the backend can
 * ({@link Capability#SET_MODIFIED_TIME}). MFCT is not offered: the storage SPI cannot set a
 * creation time.
 */
final class MfmtHandler extends BuiltInHandler {
  private static final List<Feature> FEATURE = List.of(Feature.of("MFMT"));

  @Inject
  MfmtHandler() {
    super(CommandSpec.builder(Verb.MFMT)
        .argument(ArgumentPolicy.REQUIRED)
        .permission(Permission.CHMOD)
        .availableWhen(context -> Storage.has(context, Capability.SET_MODIFIED_TIME))
        .features(context -> FEATURE)
        .help("MFMT <sp> YYYYMMDDHHMMSS <sp> pathname: set the modification time (UTC)")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    Timeval.TimedPath argument = Timeval.TimedPath.parseArgument(command.argument());
    VirtualPath path = context.resolve(argument.path());
    context.fileSystem().setModifiedTime(path, argument.time().instant());
    context.reply(Reply.of(ReplyCode.FILE_STATUS_213,
        argument.toReply(Timeval.TimedPath.MODIFY)));
  }
}
