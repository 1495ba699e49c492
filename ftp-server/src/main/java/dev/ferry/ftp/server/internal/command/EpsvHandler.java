package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.address.EpsvArgument;
import dev.ferry.ftp.protocol.address.ExtendedPortCodec;
import dev.ferry.ftp.protocol.address.NetworkProtocol;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.command.PendingAction;
import dev.ferry.ftp.server.internal.data.PassiveListener;
import dev.ferry.ftp.server.internal.data.PassivePortPool;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.EnumSet;

/**
 * EPSV (RFC 2428 §3): listens for the data connection on the address the client reached and
 * answers {@code 229} with the port only, for IPv4 and IPv6 alike. {@code EPSV ALL} (§4) forbids
 * the other data setup commands from then on. A protocol other than the control connection's gets
 * {@code 522} naming the one that works, as the listener shares the control connection's address.
 */
final class EpsvHandler extends BuiltInHandler {
  private final PassivePortPool pool;

  @Inject
  EpsvHandler(PassivePortPool pool) {
    super(CommandSpec.builder(Verb.EPSV)
        .argument(ArgumentPolicy.OPTIONAL)
        .keeps(PendingAction.RESTART_OFFSET)
        .feature(Feature.of("EPSV"))
        .help("EPSV [<sp> 1 | 2 | ALL]: listen for a data connection")
        .build());
    this.pool = pool;
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    EpsvArgument argument = EpsvArgument.parse(command.argument());
    if (argument == EpsvArgument.ALL) {
      context.session().enterEpsvAll();
      context.reply(Reply.of(ReplyCode.COMMAND_OK_200, "EPSV ALL ok."));
      return;
    }
    NetworkProtocol own = NetworkProtocol.of(context.serverAddress().getAddress());
    if (argument.protocol().isPresent() && argument.protocol().get() != own) {
      throw new CommandFailedException(ReplyCode.NETWORK_PROTOCOL_NOT_SUPPORTED_522,
          ExtendedPortCodec.formatProtocolNotSupported(EnumSet.of(own)));
    }
    PassiveListener listener = DataSetups.listen(context.session(), pool);
    context.reply(Reply.of(ReplyCode.ENTERING_EXTENDED_PASSIVE_MODE_229,
        ExtendedPortCodec.formatPassiveReply(listener.port())));
  }
}
