package dev.ferry.ftp.server.command;

import dev.ferry.ftp.protocol.Command;
import java.io.IOException;

/**
 * Carries out one FTP command (and its aliases). Add one with a Guice multibinding; it is
 * registered under its {@link CommandSpec#verb()}, appears in HELP and, through
 * {@link CommandSpec#features}, in FEAT:
 *
 * <pre>{@code
 * Multibinder.newSetBinder(binder(), CommandHandler.class).addBinding().to(XQuotaHandler.class);
 * }</pre>
 *
 * <p>The dispatcher checks everything the spec declares (login, argument, permission, pending
 * actions, transfer in progress) before {@link #handle} runs, so a handler holds only the
 * command's own logic. To fail, it throws: {@link CommandFailedException} for a reply code it
 * chooses, {@link dev.ferry.ftp.vfs.VfsException} for a storage error,
 * {@link dev.ferry.ftp.protocol.InvalidArgumentException} for a bad argument ({@code 501}); the
 * server maps each to its reply in one table. Two handlers may not claim the same verb.
 *
 * <p>Handlers are singletons shared by all sessions: keep per-session state in the session, not
 * in fields. Take collaborators through an {@code @Inject} constructor.
 */
public interface CommandHandler {
  /**
   * Returns what the command is and what it needs; read once, when the server is built.
   *
   * @return the spec
   */
  CommandSpec spec();

  /**
   * Carries out the command and sends its final reply through {@link CommandContext#reply}.
   *
   * @param context the session
   * @param command the command, with its argument verbatim
   * @throws IOException on a storage error
   */
  void handle(CommandContext context, Command command) throws IOException;
}
