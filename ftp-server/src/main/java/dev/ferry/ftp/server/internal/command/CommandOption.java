package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.server.command.CommandContext;
import dev.ferry.ftp.server.internal.session.SessionContext;
import java.util.List;

/**
 * The options of one command that OPTS sets (RFC 2389 §4): {@code OPTS UTF8 ON}, and later
 * {@code OPTS MLST} and {@code OPTS HASH}. Bound in a multibinding; OPTS finds each by its
 * command name and FEAT lists its feature lines.
 */
interface CommandOption {
  /**
   * Returns the command whose options this sets.
   *
   * @return the upper-case name, for example {@code UTF8}
   */
  String commandName();

  /**
   * Returns the FEAT lines of this option for a session.
   *
   * @param context the session
   * @return the lines, possibly empty
   */
  List<Feature> features(CommandContext context);

  /**
   * Applies the options and sends the final reply.
   *
   * @param context the session
   * @param options the text after the command name, as sent
   */
  void apply(SessionContext context, String options);
}
