package dev.ferry.ftp.server.command;

import dev.ferry.ftp.server.auth.Permission;
import java.io.IOException;
import java.util.Optional;

/**
 * A subcommand of {@code SITE} (RFC 959 §4.1.3), such as {@code SITE CHMOD}. Add one with a Guice
 * multibinding; {@code SITE HELP} lists it:
 *
 * <pre>{@code
 * Multibinder.newSetBinder(binder(), SiteCommand.class).addBinding().to(SiteWho.class);
 * }</pre>
 *
 * <p>SITE itself needs a logged-in user; a subcommand declares the permission it needs in
 * {@link #permission()} (or checks one with {@link CommandContext#require}). The failure rules
 * are those of {@link CommandHandler}.
 */
public interface SiteCommand {
  /**
   * Returns the subcommand's name, the first word after SITE; matched case-insensitively.
   *
   * @return the name in upper case, for example {@code CHMOD}
   */
  String name();

  /**
   * Returns the syntax shown by {@code SITE HELP}.
   *
   * @return for example {@code CHMOD <sp> mode <sp> pathname}
   */
  String help();

  /**
   * Returns the permission the subcommand needs; {@code SITE} checks it ({@code 550}) before
   * availability ({@code 502}), as the dispatcher does for commands.
   *
   * @return the permission, or empty (the default) for none
   */
  default Optional<Permission> permission() {
    return Optional.empty();
  }

  /**
   * Tells whether the subcommand works for a session, for example {@code CHMOD} only where the
   * user's backend has unix permissions. An unavailable one is answered {@code 502} and left out
   * of {@code SITE HELP}.
   *
   * @param context the session
   * @return whether it is offered; {@code true} unless overridden
   */
  default boolean isAvailable(CommandContext context) {
    return true;
  }

  /**
   * Carries out the subcommand and sends its final reply.
   *
   * @param context the session
   * @param argument what follows the subcommand's name and one space; may be empty
   * @throws IOException on a storage error
   */
  void handle(CommandContext context, String argument) throws IOException;
}
