package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandHandler;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.dispatch.CommandRegistry;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.List;

/**
 * HELP (RFC 959 §4.1.3): without an argument, the recognized commands, eight to a line; with a
 * verb, that command's syntax and defining specification. Generated from the registry, listing
 * only the commands available to this session (see {@link CommandSpec#isAvailable}).
 */
final class HelpHandler extends BuiltInHandler {
  private static final int VERBS_PER_LINE = 8;

  // A provider: the registry is built from every handler, this one included.
  private final Provider<CommandRegistry> registry;

  @Inject
  HelpHandler(Provider<CommandRegistry> registry) {
    super(CommandSpec.builder(Verb.HELP)
        .noLogin()
        .argument(ArgumentPolicy.OPTIONAL)
        .beforeAuth()
        .help("HELP [<sp> command]: list the commands, or explain one")
        .build());
    this.registry = registry;
  }

  @Override
  void handle(SessionContext context, Command command) {
    if (command.hasArgument()) {
      Verb verb = Verb.of(command.argument().strip());
      CommandSpec spec = registry.get().find(verb).map(CommandHandler::spec)
          .filter(found -> found.isAvailable(context))
          .orElseThrow(() -> CommandFailedException.notImplemented(
              "Unknown command " + verb + "."));
      context.reply(Reply.of(ReplyCode.HELP_MESSAGE_214,
          "Syntax: " + spec.help() + " (" + spec.specification() + ")"));
      return;
    }
    List<String> lines = new ArrayList<>();
    lines.add("The following commands are recognized:");
    StringBuilder line = new StringBuilder();
    List<Verb> verbs = registry.get().verbs().stream()
        .filter(verb -> registry.get().find(verb).orElseThrow().spec().isAvailable(context))
        .toList();
    for (int i = 0; i < verbs.size(); i++) {
      line.append(' ').append(String.format("%-5s", verbs.get(i).name()));
      if ((i + 1) % VERBS_PER_LINE == 0 || i == verbs.size() - 1) {
        lines.add(line.toString());
        line.setLength(0);
      }
    }
    lines.add("Help OK.");
    context.reply(Reply.of(ReplyCode.HELP_MESSAGE_214, lines));
  }
}
