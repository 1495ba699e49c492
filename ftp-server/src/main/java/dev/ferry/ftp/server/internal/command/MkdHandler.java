package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.VirtualPath;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * MKD and XMKD (RFC 959 §4.1.3, RFC 775): creates a directory and answers {@code 257} with its
 * absolute path quoted as Appendix II says. Offered where directories exist on their own.
 */
final class MkdHandler extends BuiltInHandler {
  @Inject
  MkdHandler() {
    super(CommandSpec.builder(Verb.MKD)
        .alias(Verb.XMKD)
        .argument(ArgumentPolicy.REQUIRED)
        .permission(Permission.MKDIR)
        .availableWhen(context -> Storage.has(context, Capability.DIRECTORIES))
        .help("MKD <sp> pathname: create a directory")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    VirtualPath path = context.resolve(command.argument());
    context.fileSystem().createDirectory(path);
    context.reply(Reply.ofPathname(path.toString(), "created."));
  }
}
