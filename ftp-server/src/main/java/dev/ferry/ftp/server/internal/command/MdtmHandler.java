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
import dev.ferry.ftp.vfs.VirtualPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * MDTM (RFC 3659 §3): an entry's modification time in UTC, {@code 213 YYYYMMDDHHMMSS[.sss]}. The
 * fraction is sent only when the backend keeps one, so plain clients read whole seconds.
 */
final class MdtmHandler extends BuiltInHandler {
  @Inject
  MdtmHandler() {
    super(CommandSpec.builder(Verb.MDTM)
        .argument(ArgumentPolicy.REQUIRED)
        .permission(Permission.READ)
        .feature(Feature.of("MDTM"))
        .help("MDTM <sp> pathname: the modification time (UTC)")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    VirtualPath path = context.resolve(command.argument());
    Instant modified = context.fileSystem().stat(path).modified();
    ChronoUnit precision = modified.getNano() == 0 ? ChronoUnit.SECONDS : ChronoUnit.MILLIS;
    context.reply(Reply.of(ReplyCode.FILE_STATUS_213, Timeval.format(modified, precision)));
  }
}
