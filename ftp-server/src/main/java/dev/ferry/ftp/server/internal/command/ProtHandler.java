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
import java.util.List;
import java.util.Locale;

/**
 * PROT (RFC 2228 §3, RFC 4217 §9): {@code C} (clear) or {@code P} (private) data connections;
 * {@code S} and {@code E} have no meaning for TLS ({@code 536}). Only after PBSZ ({@code 503}
 * before). Where the listener requires protected data, {@code PROT C} is accepted but a transfer
 * is then refused with {@code 521}.
 */
final class ProtHandler extends BuiltInHandler {
  @Inject
  ProtHandler() {
    super(CommandSpec.builder(Verb.PROT)
        .noLogin()
        .beforeAuth()
        .argument(ArgumentPolicy.REQUIRED)
        .help("PROT <sp> C|P: clear or private data connections")
        .features(context -> ((SessionContext) context).session().security().tls().isPresent()
            ? List.of(Feature.of("PROT"))
            : List.of())
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    TlsState tls = context.session().tls();
    if (!tls.controlProtected() || !tls.bufferSizeSet()) {
      throw CommandFailedException.badSequence("PROT requires PBSZ first.");
    }
    DataProtection level = switch (command.argument().toUpperCase(Locale.ROOT)) {
      case "C" -> DataProtection.CLEAR;
      case "P" -> DataProtection.PRIVATE;
      case "S", "E" -> throw new CommandFailedException(
          ReplyCode.PROTECTION_LEVEL_NOT_SUPPORTED_536, "PROT " + command.argument()
              + " is not supported with TLS; use C or P.");
      default -> throw CommandFailedException.parameterNotImplemented(
          "Unknown protection level; use C or P.");
    };
    context.session().tls(new TlsState(true, true, level));
    context.reply(Reply.of(ReplyCode.COMMAND_OK_200, level == DataProtection.PRIVATE
        ? "Data connections are protected." : "Data connections are clear text."));
  }
}
