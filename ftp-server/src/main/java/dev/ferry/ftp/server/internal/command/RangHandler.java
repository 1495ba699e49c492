package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.ByteRange;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * RANG (draft-bryan-ftp-range-08 §3), for HASH only: the octets the next HASH commands hash,
 * until {@code RANG 1 0} resets it; answered {@code 350}. RETR and STOR do not honour a range
 * here, so FEAT does not announce {@code RANG STREAM}.
 */
final class RangHandler extends BuiltInHandler {
  @Inject
  RangHandler() {
    super(CommandSpec.builder(Verb.RANG)
        .argument(ArgumentPolicy.REQUIRED)
        .help("RANG <sp> start <sp> end: the range HASH hashes; RANG 1 0 resets it")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    Optional<ByteRange> range = ByteRange.parseRangArgument(command.argument());
    context.session().options().hashRange(range.orElse(null));
    context.reply(Reply.of(ReplyCode.FILE_ACTION_PENDING_350, range
        .map(r -> "Restarting at " + r.start() + ". Ending byte " + r.end() + ".")
        .orElse("Range reset to the whole file.")));
  }
}
