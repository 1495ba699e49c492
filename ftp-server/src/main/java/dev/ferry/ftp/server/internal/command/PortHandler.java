package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.address.PortCodec;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.command.PendingAction;
import dev.ferry.ftp.server.internal.data.BounceGuard;
import dev.ferry.ftp.server.internal.data.DataChannelSetup;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;

/**
 * PORT (RFC 959 §4.1.2): the server will connect to the client's IPv4 address and port. The
 * target must pass the bounce checks of RFC 2577 §3 ({@code 504} otherwise).
 */
final class PortHandler extends BuiltInHandler {
  private final BounceGuard guard;

  @Inject
  PortHandler(BounceGuard guard) {
    super(CommandSpec.builder(Verb.PORT)
        .argument(ArgumentPolicy.REQUIRED)
        .keeps(PendingAction.RESTART_OFFSET)
        .help("PORT <sp> h1,h2,h3,h4,p1,p2: connect to the client for data")
        .build());
    this.guard = guard;
  }

  @Override
  void handle(SessionContext context, Command command) {
    DataSetups.checkNotEpsvAll(context.session(), Verb.PORT);
    InetSocketAddress target = guard.check(PortCodec.parseArgument(command.argument()),
        context.clientAddress().getAddress());
    context.session().dataSetup(new DataChannelSetup.Active(target));
    context.reply(Reply.of(ReplyCode.COMMAND_OK_200, "PORT command successful."));
  }
}
