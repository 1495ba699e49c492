package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.protocol.param.Features;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.dispatch.CommandRegistry;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * FEAT (RFC 2389 §3): the feature lines every registered command contributes for this session, so
 * the list is exactly what works for this user. Allowed before login, where clients send it.
 */
final class FeatHandler extends BuiltInHandler {
  // A provider: the registry is built from every handler, this one included.
  private final Provider<CommandRegistry> registry;

  @Inject
  FeatHandler(Provider<CommandRegistry> registry) {
    super(CommandSpec.builder(Verb.FEAT)
        .noLogin()
        .beforeAuth()
        .help("FEAT: list the extensions this server supports")
        .build());
    this.registry = registry;
  }

  @Override
  void handle(SessionContext context, Command command) {
    Set<Feature> lines = new LinkedHashSet<>();
    for (CommandSpec spec : registry.get().specs()) {
      if (spec.isAvailable(context)) {
        lines.addAll(spec.features(context));
      }
    }
    Features features = Features.of(lines.stream().toList());
    context.reply(Reply.of(ReplyCode.SYSTEM_STATUS_211, features.toReplyLines()));
  }
}
