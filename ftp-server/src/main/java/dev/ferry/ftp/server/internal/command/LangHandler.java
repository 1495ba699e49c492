package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * LANG (RFC 2640 §4.1): the language of the replies' text. Only English exists, so {@code LANG},
 * {@code LANG EN} and an English sub-tag ({@code EN-US}) are {@code 200} and anything else is
 * {@code 504}; FEAT says {@code LANG EN*}. Allowed before login, where clients negotiate it.
 */
final class LangHandler extends BuiltInHandler {
  @Inject
  LangHandler() {
    super(CommandSpec.builder(Verb.LANG)
        .noLogin()
        .beforeAuth()
        .argument(ArgumentPolicy.OPTIONAL)
        .feature(Feature.of("LANG", "EN*"))
        .help("LANG [<sp> language-tag]: choose the language of replies (EN only)")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    String tag = command.argument().strip().toUpperCase(Locale.ROOT);
    if (!tag.isEmpty() && !tag.equals("EN") && !tag.startsWith("EN-")) {
      throw CommandFailedException.parameterNotImplemented("Only EN is supported.");
    }
    context.reply(Reply.of(ReplyCode.COMMAND_OK_200, "Language set to EN."));
  }
}
