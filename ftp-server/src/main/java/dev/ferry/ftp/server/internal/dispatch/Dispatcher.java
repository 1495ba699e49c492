package dev.ferry.ftp.server.internal.dispatch;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandHandler;
import dev.ferry.ftp.server.command.CommandInterceptor;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.command.PendingAction;
import dev.ferry.ftp.server.internal.control.ErrorReplies;
import dev.ferry.ftp.server.internal.session.PendingActions;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one command: clears the pending actions the command does not use, passes it through the
 * interceptors, checks its declared preconditions, calls its handler, and turns any failure into
 * a reply through {@link ErrorReplies}. An unknown verb gets {@code 502}.
 */
@Singleton
public final class Dispatcher {
  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
  private static final Reply STARTED =
      Reply.of(ReplyCode.FILE_STATUS_OK_150, "Started; the reply follows when done.");

  private final CommandRegistry registry;
  private final List<CommandInterceptor> interceptors;
  private final ErrorReplies errors;

  @Inject
  Dispatcher(CommandRegistry registry, Set<CommandInterceptor> interceptors, ErrorReplies errors) {
    this.registry = registry;
    this.interceptors = List.copyOf(interceptors);
    this.errors = errors;
  }

  /**
   * Returns the spec of a verb, for the session loop's during-transfer check.
   *
   * @param command the command
   * @return the spec, or empty for an unknown verb
   */
  public Optional<CommandSpec> specOf(Command command) {
    return registry.find(command.verb()).map(CommandHandler::spec);
  }

  /**
   * Runs a command; its replies go through the context.
   *
   * @param context the session
   * @param command the command
   */
  public void dispatch(SessionContext context, Command command) {
    Optional<CommandHandler> handler = registry.find(command.verb());
    Set<PendingAction> consumed = handler.map(h -> h.spec().consumes()).orElse(Set.of());
    PendingActions pending = context.session().pending();
    Set<PendingAction> kept = EnumSet.noneOf(PendingAction.class);
    kept.addAll(consumed);
    handler.ifPresent(h -> kept.addAll(h.spec().keeps()));
    pending.clearAllBut(kept);
    context.beginCommand(command);
    try {
      new InterceptorChain(interceptors, 0, context, command,
          () -> runCommand(handler, context, command)).proceed();
    } catch (IOException | RuntimeException e) {
      // An interceptor refused the command or broke its contract. A command answers once: if it
      // was answered already, the breach is only logged.
      if (answered(context)) {
        log.error("Interceptor failed after {} was answered", command, e);
      } else {
        context.reply(errors.toReply(e));
      }
    } finally {
      pending.clear(consumed);
    }
  }

  private Reply runCommand(Optional<CommandHandler> handler, SessionContext context,
      Command command) {
    try {
      CommandHandler h = handler.orElseThrow(() -> CommandFailedException.notImplemented(
          "Command " + command.verb() + " not implemented."));
      Preconditions.check(h.spec(), context, command);
      h.handle(context, command);
      if (!answered(context)) {
        log.error("Handler {} sent no final reply to {}", h.getClass().getName(), command);
        context.reply(Reply.of(ReplyCode.LOCAL_ERROR_451, "Local error in processing."));
      }
    } catch (IOException | RuntimeException e) {
      context.reply(errors.toReply(e));
    }
    // Work that went off the control thread without a preliminary reply (HASH) has sent nothing
    // yet: interceptors see a 150 that stands for "started", as they see a transfer's 150.
    return context.lastReply().orElse(STARTED);
  }

  /** Whether the command got its final reply, or started a transfer that will send it. */
  private static boolean answered(SessionContext context) {
    return context.transferStarted() || context.lastReply()
        .map(reply -> !reply.code().category().isPreliminary()).orElse(false);
  }
}
