package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.address.HostPort;
import dev.ferry.ftp.protocol.address.PortCodec;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.command.PendingAction;
import dev.ferry.ftp.server.internal.data.PassiveListener;
import dev.ferry.ftp.server.internal.data.PassivePortPool;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * PASV (RFC 959 §4.1.2): listens for the data connection and answers {@code 227} with the
 * advertised address (the listener's configured public address, else the address the client
 * reached). PASV carries IPv4 only; on an IPv6 connection without an advertised IPv4 address the
 * client must use EPSV.
 */
final class PasvHandler extends BuiltInHandler {
  private final PassivePortPool pool;

  @Inject
  PasvHandler(PassivePortPool pool) {
    super(CommandSpec.builder(Verb.PASV)
        .keeps(PendingAction.RESTART_OFFSET)
        .help("PASV: listen for a data connection (IPv4)")
        .build());
    this.pool = pool;
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    DataSetups.checkNotEpsvAll(context.session(), Verb.PASV);
    InetAddress advertised = context.session().passive().advertisedAddress()
        .orElse(context.serverAddress().getAddress());
    if (!(advertised instanceof Inet4Address)) {
      throw new CommandFailedException(ReplyCode.CANNOT_OPEN_DATA_CONNECTION_425,
          "PASV needs IPv4; use EPSV.");
    }
    PassiveListener listener = DataSetups.listen(context.session(), pool);
    context.reply(Reply.of(ReplyCode.ENTERING_PASSIVE_MODE_227,
        PortCodec.formatPassiveReply(new HostPort(advertised, listener.port()))));
  }
}
