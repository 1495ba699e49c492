package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.data.AbortReason;
import dev.ferry.ftp.server.internal.data.DataChannelSetup;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;

/**
 * ABOR (RFC 959 §4.1.3), answered at once even during a transfer, also when the client sent the
 * Telnet IP and Synch first: the transfer's data connection is closed, the transfer answers
 * {@code 426}, then ABOR answers {@code 226}. With no transfer, a pending data setup is dropped
 * and ABOR answers {@code 225}.
 */
final class AborHandler extends BuiltInHandler {
  @Inject
  AborHandler() {
    super(CommandSpec.builder(Verb.ABOR)
        .duringTransfer()
        .help("ABOR: abort the transfer in progress")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    if (Aborts.abortTransfer(context, AbortReason.CLIENT_ABORT)) {
      context.reply(Reply.of(ReplyCode.CLOSING_DATA_CONNECTION_226, "ABOR successful."));
    } else {
      context.session().dataSetup(DataChannelSetup.NONE);
      context.reply(Reply.of(ReplyCode.DATA_CONNECTION_OPEN_225, "No transfer to abort."));
    }
  }
}
