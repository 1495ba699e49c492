package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.server.internal.session.TlsState;
import dev.ferry.ftp.tls.ServerTls;
import jakarta.inject.Inject;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CCC (RFC 2228 §3, RFC 4217 §6): {@code 200} over TLS, then the control connection goes back to
 * clear text, so that NAT devices can read PORT and PASV again. Refused with {@code 534} where
 * the listener or the logged-in user requires a protected control connection; data protection
 * stays as it was.
 */
final class CccHandler extends BuiltInHandler {
  private static final Logger log = LoggerFactory.getLogger(CccHandler.class);

  @Inject
  CccHandler() {
    super(CommandSpec.builder(Verb.CCC)
        .beforeAuth()
        .argument(ArgumentPolicy.NONE)
        .help("CCC: return the control connection to clear text")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    TlsState tls = context.session().tls();
    if (!tls.controlProtected()) {
      throw CommandFailedException.badSequence("The control connection is not protected.");
    }
    boolean required = context.session().security().tls()
        .map(ServerTls::policy).map(policy -> policy.controlRequired()).orElse(true)
        || context.account().map(account -> account.tls().controlRequired()).orElse(false);
    if (required) {
      throw new CommandFailedException(ReplyCode.REQUEST_DENIED_FOR_POLICY_534,
          "The control connection must stay protected.");
    }
    context.reply(Reply.of(ReplyCode.COMMAND_OK_200, "Control connection is clear text now."));
    try {
      context.session().security().endTls();
    } catch (IOException e) {
      log.info("Ending TLS after CCC failed: {}", e.getMessage());
      context.requestClose();
      return;
    }
    context.session().tls(new TlsState(false, tls.bufferSizeSet(), tls.dataProtection()));
  }
}
