package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.server.event.FtpEvent;
import dev.ferry.ftp.server.internal.auth.LoginService;
import dev.ferry.ftp.server.internal.event.EventBus;
import dev.ferry.ftp.server.internal.session.SessionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The one place a login's result becomes session state, a log line, an event and a reply: PASS
 * for every login, USER for a login by certificate alone. The password is never logged.
 */
final class LoginReplies {
  private static final Logger log = LoggerFactory.getLogger(LoginReplies.class);

  private LoginReplies() {}

  /**
   * Applies a login's result.
   *
   * @param context the session
   * @param name the user name
   * @param result how the login ended
   * @param success the code and text of a successful login (230 after PASS, 232 after USER)
   * @param events where to publish the login
   */
  static void apply(SessionContext context, String name, LoginService.Result result,
      Reply success, EventBus events) {
    switch (result) {
      case LoginService.Result.Success in -> {
        context.session().loggedIn(in.account(), in.fileSystem(), in.logout());
        MDC.put("user", name);
        log.info("User {} logged in{}", name,
            success.code().equals(ReplyCode.USER_LOGGED_IN_AUTHORIZED_232) ? " by client certificate" : "");
        events.publish(new FtpEvent.LoggedIn(context.sessionId(), context.clientAddress(),
            events.now(), name));
        context.reply(success);
      }
      case LoginService.Result.TooManySessions refused -> refuse(context, name,
          "too many sessions", "Too many sessions for this user; try again later.");
      case LoginService.Result.TlsRequired refused -> refuse(context, name,
          "TLS required on the control connection",
          "This user must log in over TLS: send AUTH TLS, then USER and PASS again.");
      case LoginService.Result.CertificateRequired refused -> refuse(context, name,
          "no client certificate identifying the user",
          "This user must log in with a client certificate that identifies the user.");
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

  private static void refuse(SessionContext context, String name, String why, String text) {
    context.session().loginFailed();
    log.info("Login refused for user {}: {}", name, why);
    context.reply(Reply.of(ReplyCode.NOT_LOGGED_IN_530, text));
  }
}
