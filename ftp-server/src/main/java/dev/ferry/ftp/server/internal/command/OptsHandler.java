package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.protocol.param.OptsArgument;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OPTS (RFC 2389 §4): hands the options to the bound {@link CommandOption} of the named command;
 * a command without options gets {@code 501}, as §4 asks. Its FEAT lines are the options'.
 */
final class OptsHandler extends BuiltInHandler {
  private final Map<String, CommandOption> options;

  @Inject
  OptsHandler(Set<CommandOption> options) {
    this(index(options));
  }

  private OptsHandler(Map<String, CommandOption> options) {
    super(CommandSpec.builder(Verb.OPTS)
        .noLogin()
        .argument(ArgumentPolicy.REQUIRED)
        .beforeAuth()
        .help("OPTS <sp> command [<sp> options]: set a command's options")
        .features(context -> {
          List<Feature> lines = new ArrayList<>();
          options.values().forEach(option -> lines.addAll(option.features(context)));
          return lines;
        })
        .build());
    this.options = options;
  }

  private static Map<String, CommandOption> index(Set<CommandOption> options) {
    Map<String, CommandOption> map = new HashMap<>();
    for (CommandOption option : options) {
      map.put(option.commandName(), option);
    }
    return Map.copyOf(map);
  }

  @Override
  void handle(SessionContext context, Command command) {
    OptsArgument argument = OptsArgument.parse(command.argument());
    CommandOption option = options.get(argument.commandName());
    if (option == null) {
      throw new CommandFailedException(ReplyCode.SYNTAX_ERROR_IN_ARGUMENTS_501,
          "No options for " + argument.commandName() + ".");
    }
    option.apply(context, argument.options());
  }
}
