package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.data.DataProtection;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.server.internal.session.TlsState;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AUTH (RFC 2228 §3, RFC 4217 §4): {@code 234}, then the TLS handshake on the control connection.
 * {@code SSL} and {@code TLS-C} are accepted as aliases of {@code TLS}, as clients from before RFC
 * 4217 send them. Offered on explicit-FTPS listeners only, where FEAT lists {@code AUTH TLS}.
 */
final class AuthHandler extends BuiltInHandler {
  private static final Logger log = LoggerFactory.getLogger(AuthHandler.class);
  private static final Set<String> MECHANISMS = Set.of("TLS", "TLS-C", "SSL");

  @Inject
  AuthHandler() {
    super(CommandSpec.builder(Verb.AUTH)
        .noLogin()
        .beforeAuth()
        .argument(ArgumentPolicy.REQUIRED)
        .help("AUTH <sp> TLS: secure the control connection")
        .features(context -> ((SessionContext) context).session().security().explicit()
            ? List.of(Feature.of("AUTH", "TLS"))
            : List.of())
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    if (!context.session().security().explicit()) {
      throw CommandFailedException.notImplemented("AUTH is not offered on this listener.");
    }
    if (context.session().tls().controlProtected()) {
      throw CommandFailedException.badSequence("TLS is already active.");
    }
    if (!MECHANISMS.contains(command.argument().toUpperCase(Locale.ROOT))) {
      throw CommandFailedException.parameterNotImplemented("Only AUTH TLS is supported.");
    }
    context.reply(Reply.of(ReplyCode.SECURITY_DATA_EXCHANGE_COMPLETE_234,
        "Proceed with TLS negotiation."));
    try {
      context.session().security().startTls();
    } catch (IOException e) {
      log.info("TLS handshake after AUTH failed: {}", e.getMessage());
      context.requestClose();
      return;
    }
    // RFC 4217 §4: a new security context; PBSZ and PROT start over.
    context.session().tls(new TlsState(true, false, DataProtection.CLEAR));
  }
}
