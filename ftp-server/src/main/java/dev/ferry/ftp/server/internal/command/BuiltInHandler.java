package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.server.command.CommandContext;
import dev.ferry.ftp.server.command.CommandHandler;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import java.io.IOException;

/**
 * The base of the built-in handlers: they need the typed session behind the public
 * {@link CommandContext}. The dispatcher always passes the session's own {@link SessionContext},
 * so the one cast here cannot fail.
 */
abstract class BuiltInHandler implements CommandHandler {
  private final CommandSpec spec;

  BuiltInHandler(CommandSpec spec) {
    this.spec = spec;
  }

  @Override
  public final CommandSpec spec() {
    return spec;
  }

  @Override
  public final void handle(CommandContext context, Command command) throws IOException {
    handle((SessionContext) context, command);
  }

  /**
   * Carries out the command.
   *
   * @param context the session
   * @param command the command
   * @throws IOException on a storage error
   */
  abstract void handle(SessionContext context, Command command) throws IOException;
}
