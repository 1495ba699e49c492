package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.command.SiteCommand;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * SITE (RFC 959 §4.1.3): runs the bound {@link SiteCommand} named by the first word;
 * {@code SITE HELP} lists them. An unknown subcommand gets {@code 500}, as for an unknown command.
 */
final class SiteHandler extends BuiltInHandler {
  private final Map<String, SiteCommand> commands;

  @Inject
  SiteHandler(Set<SiteCommand> commands) {
    super(CommandSpec.builder(Verb.SITE)
        .argument(ArgumentPolicy.REQUIRED)
        .help("SITE <sp> command [<sp> arguments]: site-specific commands; SITE HELP lists them")
        .build());
    Map<String, SiteCommand> map = new TreeMap<>();
    for (SiteCommand command : commands) {
      String name = command.name().toUpperCase(Locale.ROOT);
      if (map.putIfAbsent(name, command) != null) {
        throw new IllegalStateException("SITE " + name + " is bound twice");
      }
    }
    this.commands = map;
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    String argument = command.argument();
    int space = argument.indexOf(' ');
    String name = (space < 0 ? argument : argument.substring(0, space)).toUpperCase(Locale.ROOT);
    String rest = space < 0 ? "" : argument.substring(space + 1);
    if (name.equals("HELP")) {
      List<String> lines = new ArrayList<>();
      lines.add("SITE commands:");
      lines.add(" HELP");
      commands.values().stream().filter(site -> site.isAvailable(context))
          .forEach(site -> lines.add(" " + site.help()));
      lines.add("End of SITE help.");
      context.reply(Reply.of(ReplyCode.HELP_MESSAGE_214, lines));
      return;
    }
    SiteCommand site = commands.get(name);
    if (site == null) {
      throw new CommandFailedException(ReplyCode.SYNTAX_ERROR_500, "Unknown SITE command.");
    }
    site.permission().ifPresent(context::require);
    if (!site.isAvailable(context)) {
      throw CommandFailedException.notImplemented(
          "SITE " + name + " is not available for this storage.");
    }
    site.handle(context, rest);
  }
}
