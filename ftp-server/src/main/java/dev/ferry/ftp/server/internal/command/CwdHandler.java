package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VirtualPath;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * CWD and XCWD (RFC 959 §4.1.1, RFC 775): changes the working directory to an existing directory.
 * Paths use {@code /} as on Unix, which the {@code TVFS} feature announces (RFC 3659 §6).
 */
final class CwdHandler extends BuiltInHandler {
  @Inject
  CwdHandler() {
    super(CommandSpec.builder(Verb.CWD)
        .alias(Verb.XCWD)
        .argument(ArgumentPolicy.REQUIRED)
        .feature(Feature.of("TVFS"))
        .help("CWD <sp> pathname: change the working directory")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    changeTo(context, context.resolve(command.argument()), ReplyCode.FILE_ACTION_OK_250);
  }

  /** Changes to a directory that must exist and replies {@code code}; shared with CDUP. */
  static void changeTo(SessionContext context, VirtualPath directory, ReplyCode code)
      throws IOException {
    if (!context.fileSystem().stat(directory).isDirectory()) {
      throw new VfsException(VfsException.Kind.NOT_A_DIRECTORY, directory);
    }
    context.session().workingDirectory(directory);
    context.reply(Reply.of(code, "Directory changed to " + directory + "."));
  }
}
