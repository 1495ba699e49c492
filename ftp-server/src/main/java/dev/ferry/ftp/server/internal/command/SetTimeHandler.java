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
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * MFMT and MFCT (draft-somers-ftp-mfxx-04 §3–§4): {@code <verb> YYYYMMDDHHMMSS <path>} sets one
 * of an entry's times, given in UTC, and answers {@code 213 <Fact>=<time>; <path>}. Each is
 * offered, and in FEAT, only where the user's backend can set that time.
 */
abstract class SetTimeHandler extends BuiltInHandler {
  private final String fact;

  SetTimeHandler(Verb verb, Capability capability, String fact, String what) {
    super(CommandSpec.builder(verb)
        .argument(ArgumentPolicy.REQUIRED)
        .permission(Permission.CHMOD)
        .availableWhen(context -> Storage.has(context, capability))
        .features(context -> List.of(Feature.of(verb.name())))
        .help(verb.name() + " <sp> YYYYMMDDHHMMSS <sp> pathname: set the " + what + " (UTC)")
        .build());
    this.fact = fact;
  }

  /**
   * Sets the time.
   *
   * @param fileSystem the user's file system
   * @param path the entry
   * @param time the new time
   * @throws IOException on a storage error
   */
  abstract void set(VirtualFileSystem fileSystem, VirtualPath path, Instant time)
      throws IOException;

  @Override
  final void handle(SessionContext context, Command command) throws IOException {
    Timeval.TimedPath argument = Timeval.TimedPath.parseArgument(command.argument());
    set(context.fileSystem(), context.resolve(argument.path()), argument.time().instant());
    context.reply(Reply.of(ReplyCode.FILE_STATUS_213, argument.toReply(fact)));
  }
}
