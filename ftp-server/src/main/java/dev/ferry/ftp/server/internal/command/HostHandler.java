package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.protocol.param.VirtualHost;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.LoginState;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.Set;

/**
 * HOST (RFC 7151 §3): the virtual host the client wants, before USER. There are no virtual hosts
 * yet, so the one host is accepted ({@code 220}) by the server's own address, by
 * {@code localhost} on loopback and by the names in {@link CommandSettings#hostNames()}; any other
 * name is {@code 504} (§3.2). After USER or login it is {@code 503} (§3.1).
 */
final class HostHandler extends BuiltInHandler {
  private final Set<String> names;

  @Inject
  HostHandler(CommandSettings settings) {
    super(CommandSpec.builder(Verb.HOST)
        .noLogin()
        .beforeAuth()
        .argument(ArgumentPolicy.REQUIRED)
        .feature(Feature.of("HOST"))
        .help("HOST <sp> hostname: choose the virtual host before USER")
        .build());
    this.names = settings.hostNames();
  }

  @Override
  void handle(SessionContext context, Command command) {
    if (context.session().login() != LoginState.CONNECTED) {
      throw CommandFailedException.badSequence("HOST must come before USER.");
    }
    VirtualHost host = VirtualHost.parse(command.argument());
    InetAddress local = context.serverAddress().getAddress();
    boolean known = switch (host) {
      case VirtualHost.Domain domain -> names.contains(domain.name())
          || local.isLoopbackAddress() && domain.name().equals("localhost");
      case VirtualHost.Address address -> address.address().equals(local);
    };
    if (!known) {
      throw CommandFailedException.parameterNotImplemented("Unknown host " + host.toArgument()
          + ".");
    }
    context.session().options().host(host.toArgument());
    context.reply(Reply.of(ReplyCode.SERVICE_READY_220, "Host " + host.toArgument() + " ready."));
  }
}
