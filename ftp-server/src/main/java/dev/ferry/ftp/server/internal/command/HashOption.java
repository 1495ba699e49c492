package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.protocol.param.HashAlgorithm;
import dev.ferry.ftp.server.command.CommandContext;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import java.util.List;

/**
 * {@code OPTS HASH [algorithm]} (draft-bryan-ftpext-hash-02 §3.2): without an argument, names the
 * selected algorithm; with one the server offers, selects it; {@code 200} with the name either
 * way, {@code 504} for an algorithm not offered. HASH's FEAT line shows the choice.
 */
final class HashOption implements CommandOption {
  @Inject
  HashOption() {}

  @Override
  public String commandName() {
    return "HASH";
  }

  @Override
  public List<Feature> features(CommandContext context) {
    return List.of();
  }

  @Override
  public void apply(SessionContext context, String options) {
    String name = options.strip();
    if (name.isEmpty()) {
      context.reply(Reply.of(ReplyCode.COMMAND_OK_200, HashHandler.selected(context).name()));
      return;
    }
    HashAlgorithm algorithm = HashAlgorithm.of(name);
    if (!Checksums.algorithms(context).contains(algorithm)) {
      throw CommandFailedException.parameterNotImplemented("Unknown algorithm " + name + ".");
    }
    context.session().options().hashAlgorithm(algorithm);
    context.reply(Reply.of(ReplyCode.COMMAND_OK_200, algorithm.name()));
  }
}
