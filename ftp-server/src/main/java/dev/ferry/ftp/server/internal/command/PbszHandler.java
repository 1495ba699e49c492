package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.server.internal.session.TlsState;
import jakarta.inject.Inject;
import java.util.List;

/**
 * PBSZ (RFC 2228 §3, RFC 4217 §8): TLS needs no buffer size, so any decimal is answered
 * {@code 200 PBSZ=0}. Only after the control connection is secured ({@code 503} before).
 */
final class PbszHandler extends BuiltInHandler {
  /** RFC 2228 §3: a decimal integer up to 2^32 - 1. */
  private static final int MAX_DIGITS = 10;

  @Inject
  PbszHandler() {
    super(CommandSpec.builder(Verb.PBSZ)
        .noLogin()
        .beforeAuth()
        .argument(ArgumentPolicy.REQUIRED)
        .help("PBSZ <sp> 0: protection buffer size, 0 for TLS")
        .features(context -> ((SessionContext) context).session().security().tls().isPresent()
            ? List.of(Feature.of("PBSZ"))
            : List.of())
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    TlsState tls = context.session().tls();
    if (!tls.controlProtected()) {
      throw CommandFailedException.badSequence("PBSZ requires AUTH TLS first.");
    }
    String size = command.argument();
    if (size.isEmpty() || size.length() > MAX_DIGITS || !size.chars().allMatch(Character::isDigit)
        || Long.parseLong(size) > 0xFFFF_FFFFL) {
      throw new CommandFailedException(ReplyCode.SYNTAX_ERROR_IN_ARGUMENTS_501,
          "PBSZ needs a decimal size.");
    }
    context.session().tls(new TlsState(true, true, tls.dataProtection()));
    context.reply(Reply.of(ReplyCode.COMMAND_OK_200, "PBSZ=0"));
  }
}
