package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.auth.LoginService;
import dev.ferry.ftp.server.internal.event.EventBus;
import dev.ferry.ftp.server.internal.session.ControlSecurity;
import dev.ferry.ftp.server.internal.session.LoginState;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;

/**
 * PASS (RFC 959 §4.1.1): completes the login USER started. A refused password gets {@code 530}
 * after the configured delay; the failure that bans the client's address gets {@code 421} and the
 * connection closes (RFC 2577 §4). A user who needs TLS on the control connection or a client
 * certificate hears so only after the right password. The password is never logged.
 */
final class PassHandler extends BuiltInHandler {
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
    ControlSecurity security = context.session().security();
    LoginService.ControlTls tls = new LoginService.ControlTls(
        context.session().tls().controlProtected(),
        security.clientCertificate().orElse(null));
    LoginReplies.apply(context, name,
        logins.login(name, command.argument(), context.clientAddress().getAddress(), tls),
        Reply.of(ReplyCode.USER_LOGGED_IN_230, "Login successful."), events);
  }
}
