package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandHandler;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.command.SiteCommand;
import dev.ferry.ftp.server.internal.dispatch.CommandRegistry;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * HELP (RFC 959 §4.1.3): without an argument, the recognized commands, eight to a line; with a
 * verb, that command's syntax and defining specification ({@code HELP SITE} adds the SITE
 * subcommands). Generated from the registry, listing
 * only the commands available to this session (see {@link CommandSpec#isAvailable}).
 */
final class HelpHandler extends BuiltInHandler {
  private static final int VERBS_PER_LINE = 8;

  // A provider: the registry is built from every handler, this one included.
  private final Provider<CommandRegistry> registry;
  private final Map<String, SiteCommand> siteCommands;

  @Inject
  HelpHandler(Provider<CommandRegistry> registry, Set<SiteCommand> siteCommands) {
    super(CommandSpec.builder(Verb.HELP)
        .noLogin()
        .argument(ArgumentPolicy.OPTIONAL)
        .beforeAuth()
        .help("HELP [<sp> command]: list the commands, or explain one")
        .build());
    this.registry = registry;
    this.siteCommands = new TreeMap<>();
    siteCommands.forEach(site -> this.siteCommands.put(site.name().toUpperCase(Locale.ROOT), site));
  }

  @Override
  void handle(SessionContext context, Command command) {
    if (command.hasArgument()) {
      Verb verb = Verb.of(command.argument().strip());
      CommandSpec spec = registry.get().find(verb).map(CommandHandler::spec)
          .filter(found -> found.isAvailable(context))
          .orElseThrow(() -> CommandFailedException.notImplemented(
              "Unknown command " + verb + "."));
      List<String> lines = new ArrayList<>();
      lines.add("Syntax: " + spec.help() + " (" + spec.specification() + ")");
      if (verb.equals(Verb.SITE)) {
        siteCommands.values().stream().filter(site -> site.isAvailable(context))
            .forEach(site -> lines.add(" SITE " + site.help()));
        lines.add("End of help.");
      }
      context.reply(Reply.of(ReplyCode.HELP_MESSAGE_214, lines));
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
