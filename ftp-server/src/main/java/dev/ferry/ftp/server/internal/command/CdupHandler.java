package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;
import java.io.IOException;

/**
 * CDUP and XCUP (RFC 959 §4.1.1, RFC 775): changes to the parent of the working directory; at the
 * user's root it stays there.
 */
final class CdupHandler extends BuiltInHandler {
  @Inject
  CdupHandler() {
    super(CommandSpec.builder(Verb.CDUP)
        .alias(Verb.XCUP)
        .help("CDUP: change to the parent directory")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    // RFC 959 §5.4 lists 200 as CDUP's success reply (CWD's is 250).
    CwdHandler.changeTo(context, context.workingDirectory().parent(), ReplyCode.COMMAND_OK_200);
  }
}
