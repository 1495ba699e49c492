package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.address.ExtendedPortCodec;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.command.PendingAction;
import dev.ferry.ftp.server.internal.data.BounceGuard;
import dev.ferry.ftp.server.internal.data.DataChannelSetup;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;

/**
 * EPRT (RFC 2428 §2): like PORT for IPv4 and IPv6. An unknown network protocol gets {@code 522};
 * the target must pass the bounce checks of RFC 2577 §3 ({@code 504} otherwise).
 */
final class EprtHandler extends BuiltInHandler {
  private final BounceGuard guard;

  @Inject
  EprtHandler(BounceGuard guard) {
    super(CommandSpec.builder(Verb.EPRT)
        .argument(ArgumentPolicy.REQUIRED)
        .keeps(PendingAction.RESTART_OFFSET)
        .feature(Feature.of("EPRT"))
        .help("EPRT <sp> |proto|address|port|: connect to the client for data")
        .build());
    this.guard = guard;
  }

  @Override
  void handle(SessionContext context, Command command) {
    DataSetups.checkNotEpsvAll(context.session(), Verb.EPRT);
    InetSocketAddress target = guard.check(ExtendedPortCodec.parseArgument(command.argument()),
        context.clientAddress().getAddress());
    context.session().dataSetup(new DataChannelSetup.Active(target));
    context.reply(Reply.of(ReplyCode.COMMAND_OK_200, "EPRT command successful."));
  }
}
