package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.server.command.CommandContext;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import java.util.List;

/**
 * {@code OPTS UTF8 ON}, which Windows clients send before trusting UTF-8 path names. This server
 * always speaks UTF-8 (RFC 2640 §2.2, announced by the {@code UTF8} feature), so ON is a no-op and
 * OFF is refused rather than pretended.
 */
final class Utf8Option implements CommandOption {
  private static final List<Feature> FEATURES = List.of(Feature.of("UTF8"));

  @Inject
  Utf8Option() {}

  @Override
  public String commandName() {
    return "UTF8";
  }

  @Override
  public List<Feature> features(CommandContext context) {
    return FEATURES;
  }

  @Override
  public void apply(SessionContext context, String options) {
    if (!options.strip().equalsIgnoreCase("ON")) {
      throw CommandFailedException.parameterNotImplemented("UTF8 is always on.");
    }
    context.reply(Reply.of(ReplyCode.COMMAND_OK_200, "Always in UTF8 mode."));
  }
}
