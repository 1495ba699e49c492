package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.protocol.param.TransmissionMode;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import jakarta.inject.Inject;

/**
 * REST in stream mode (RFC 3659 §5): the byte offset where the next RETR or STOR starts, answered
 * {@code 350}. The offset is a pending action: any command but a transfer or a data setup command
 * clears it.
 */
final class RestHandler extends BuiltInHandler {
  private static final int MAX_DIGITS = 18;

  @Inject
  RestHandler() {
    super(CommandSpec.builder(Verb.REST)
        .specification("RFC 3659 §5")
        .argument(ArgumentPolicy.REQUIRED)
        .feature(Feature.of("REST", "STREAM"))
        .help("REST <sp> offset: restart the next transfer at a byte offset")
        .build());
  }

  @Override
  void handle(SessionContext context, Command command) {
    if (context.session().parameters().mode() != TransmissionMode.STREAM) {
      throw CommandFailedException.parameterNotImplemented("REST needs MODE S.");
    }
    long offset = parse(command.argument().strip());
    context.session().pending().setRestartOffset(offset);
    context.reply(Reply.of(ReplyCode.FILE_ACTION_PENDING_350,
        "Restarting at " + offset + ". Send STOR or RETR."));
  }

  /** RFC 3659 §5.1: {@code decimal-integer}, one or more digits. */
  private static long parse(String text) {
    if (text.isEmpty() || text.length() > MAX_DIGITS || !text.chars().allMatch(c -> c >= '0'
        && c <= '9')) {
      throw new InvalidArgumentException("REST needs a byte offset (1 to 18 digits).");
    }
    return Long.parseLong(text);
  }
}
