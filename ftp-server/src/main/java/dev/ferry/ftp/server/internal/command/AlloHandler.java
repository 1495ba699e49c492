package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.command.PendingAction;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import java.util.regex.Pattern;

/**
 * ALLO (RFC 959 §4.1.3): no storage needs reserving here, so a well-formed request is answered
 * {@code 202}, as §4.1.3 allows for servers that need none. It keeps a pending REST, since it may
 * come between REST and STOR.
 */
final class AlloHandler extends BuiltInHandler {
  /** RFC 959 §5.3.1: {@code ALLO <SP> <decimal-integer> [<SP> R <SP> <decimal-integer>]}. */
  private static final Pattern ARGUMENT = Pattern.compile("\\d{1,19}( R \\d{1,19})?");

  @Inject
  AlloHandler() {
    super(CommandSpec.builder(Verb.ALLO)
        .argument(ArgumentPolicy.REQUIRED)
        .keeps(PendingAction.RESTART_OFFSET)
        .help("ALLO <sp> size [<sp> R <sp> record-size]: reserve storage (not needed)")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    if (!ARGUMENT.matcher(command.argument().strip()).matches()) {
      throw new InvalidArgumentException("ALLO takes a size in bytes.");
    }
    context.reply(Reply.of(ReplyCode.COMMAND_SUPERFLUOUS_202, "No storage allocation necessary."));
  }
}
