package dev.ferry.ftp.server.internal.dispatch;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;

/**
 * Checks what a {@link CommandSpec} declares, in one place and one order: TLS where the listener
 * requires it ({@code 534}), login ({@code 530}), argument ({@code 501}), required pending action
 * ({@code 503}), permission ({@code 550}), availability for this session's storage ({@code 502}):
 * a user who may not act hears so before hearing that the storage could not do it anyway.
 */
final class Preconditions {
  private Preconditions() {}

  static void check(CommandSpec spec, SessionContext context, Command command) {
    if (!spec.allowedBeforeAuth() && !context.session().tls().controlProtected()
        && context.session().security().tls()
            .map(tls -> tls.policy().controlRequired()).orElse(false)) {
      // RFC 4217 §13 leaves the code to the server; 534 is RFC 2228's "denied for policy".
      throw new CommandFailedException(ReplyCode.REQUEST_DENIED_FOR_POLICY_534,
          "TLS required: send AUTH TLS first.");
    }
    if (spec.requiresLogin() && context.account().isEmpty()) {
      throw CommandFailedException.notLoggedIn("Please log in with USER and PASS.");
    }
    switch (spec.argument()) {
      case REQUIRED -> {
        if (!command.hasArgument()) {
          throw new CommandFailedException(ReplyCode.SYNTAX_ERROR_IN_ARGUMENTS_501,
              command.verb() + " needs an argument.");
        }
      }
      case NONE -> {
        if (command.hasArgument()) {
          throw new CommandFailedException(ReplyCode.SYNTAX_ERROR_IN_ARGUMENTS_501,
              command.verb() + " takes no argument.");
        }
      }
      case OPTIONAL -> {
        // Either way is fine.
      }
    }
    spec.requiresPending().ifPresent(action -> {
      if (!context.session().pending().isSet(action)) {
        throw CommandFailedException.badSequence(switch (action) {
          case RENAME_FROM -> "RNFR required first.";
          case RESTART_OFFSET -> "REST required first.";
        });
      }
    });
    spec.permission().ifPresent(context::require);
    if (!spec.isAvailable(context)) {
      throw CommandFailedException.notImplemented(
          command.verb() + " is not available for this storage.");
    }
  }
}
