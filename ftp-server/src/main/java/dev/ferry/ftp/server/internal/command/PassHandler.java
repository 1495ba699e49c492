package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.event.FtpEvent;
import dev.ferry.ftp.server.internal.auth.LoginService;
import dev.ferry.ftp.server.internal.event.EventBus;
import dev.ferry.ftp.server.internal.session.LoginState;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * PASS (RFC 959 §4.1.1): completes the login USER started. A refused password gets {@code 530}
 * after the configured delay; the failure that bans the client's address gets {@code 421} and the
 * connection closes (RFC 2577 §4). The password is never logged.
 */
final class PassHandler extends BuiltInHandler {
  private static final Logger log = LoggerFactory.getLogger(PassHandler.class);

  private final LoginService logins;
  private final EventBus events;

  @Inject
  PassHandler(LoginService logins, EventBus events) {
    super(CommandSpec.builder(Verb.PASS)
        .noLogin()
        .argument(ArgumentPolicy.OPTIONAL)
        .help("PASS <sp> password: complete a login")
        .build());
    this.logins = logins;
    this.events = events;
  }

  @Override
  void handle(SessionContext context, Command command) {
    if (!(context.session().login() instanceof LoginState.UserGiven(String name))) {
      throw CommandFailedException.badSequence("Login with USER first.");
    }
    switch (logins.login(name, command.argument(), context.clientAddress().getAddress())) {
      case LoginService.Result.Success success -> {
        context.session().loggedIn(success.account(), success.fileSystem(), success.logout());
        MDC.put("user", name);
        log.info("User {} logged in", name);
        events.publish(new FtpEvent.LoggedIn(context.sessionId(), context.clientAddress(),
            events.now(), name));
        context.reply(Reply.of(ReplyCode.USER_LOGGED_IN_230, "Login successful."));
      }
      case LoginService.Result.TooManySessions refused -> {
        context.session().loginFailed();
        log.info("Login refused for user {}: too many sessions", name);
        context.reply(Reply.of(ReplyCode.NOT_LOGGED_IN_530,
            "Too many sessions for this user; try again later."));
      }
      case LoginService.Result.Failure failure -> {
        context.session().loginFailed();
        log.info("Login failed for user {}{}", name, failure.banned() ? "; address banned" : "");
        events.publish(new FtpEvent.LoginFailed(context.sessionId(), context.clientAddress(),
            events.now(), name, failure.banned()));
        if (failure.banned()) {
          context.requestClose();
          context.reply(Reply.of(ReplyCode.SERVICE_NOT_AVAILABLE_421,
              "Too many failed logins; try again later."));
        } else {
          context.reply(Reply.of(ReplyCode.NOT_LOGGED_IN_530, "Login incorrect."));
        }
      }
    }
  }
}
