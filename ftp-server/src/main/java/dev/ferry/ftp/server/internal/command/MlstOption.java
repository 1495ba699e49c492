package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.listing.FactSelection;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.server.command.CommandContext;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import java.util.List;

/**
 * {@code OPTS MLST fact;fact;} (RFC 3659 §7.9): selects the facts MLST and MLSD write; facts the
 * server cannot report are ignored, and the {@code 200} reply names the ones selected. The FEAT
 * line is MLST's.
 */
final class MlstOption implements CommandOption {
  @Inject
  MlstOption() {}

  @Override
  public String commandName() {
    return "MLST";
  }

  @Override
  public List<Feature> features(CommandContext context) {
    return List.of();
  }

  @Override
  public void apply(SessionContext context, String options) {
    FactSelection next = MlsxFacts.selection(context).select(options.strip());
    context.session().options().mlstFacts(next.selected());
    context.reply(Reply.of(ReplyCode.COMMAND_OK_200, next.toOptsReply()));
  }
}
