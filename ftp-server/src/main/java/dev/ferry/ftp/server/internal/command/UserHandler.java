package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.auth.LoginService;
import dev.ferry.ftp.server.internal.event.EventBus;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.slf4j.MDC;

/**
 * USER (RFC 959 §4.1.1): starts a login, flushing any previous one. Every name gets the same
 * {@code 331}, known or not, so the reply reveals nothing about which users exist. The one
 * exception needs a client certificate the listener's TLS verified on a protected control
 * connection: when it identifies the user and the user needs no password with it, USER alone logs
 * in, with {@code 232} (RFC 4217 §6, RFC 2228).
 */
final class UserHandler extends BuiltInHandler {
  private final LoginService logins;
  private final EventBus events;

  @Inject
  UserHandler(LoginService logins, EventBus events) {
    super(CommandSpec.builder(Verb.USER)
        .noLogin()
        .argument(ArgumentPolicy.REQUIRED)
        .help("USER <sp> username: start a login")
        .build());
    this.logins = logins;
    this.events = events;
  }

  @Override
  void handle(SessionContext context, Command command) {
    String name = command.argument();
    context.session().userGiven(name);
    MDC.remove("user");
    Optional<X509Certificate> certificate = context.session().tls().controlProtected()
        ? context.session().security().clientCertificate()
        : Optional.empty();
    Optional<LoginService.Result> byCertificate = certificate.flatMap(verified ->
        logins.loginByCertificate(name, verified, context.clientAddress().getAddress()));
    if (byCertificate.isPresent()) {
      LoginReplies.apply(context, name, byCertificate.get(),
          Reply.of(ReplyCode.USER_LOGGED_IN_AUTHORIZED_232,
              "User logged in, authorized by client certificate."), events);
      return;
    }
    context.reply(Reply.of(ReplyCode.USER_NAME_OK_331, "Please specify the password."));
  }
}
