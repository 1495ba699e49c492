package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.listing.ListingFormatter;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.auth.UserAccount;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.listing.ListArguments;
import dev.ferry.ftp.server.internal.listing.ListingFormat;
import dev.ferry.ftp.server.internal.listing.ListingLines;
import dev.ferry.ftp.server.internal.session.Session;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.server.internal.transfer.Transfer;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.VirtualPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * STAT (RFC 959 §4.1.3), in its three forms: during a transfer, how far it got ({@code 213});
 * without an argument, the session's status ({@code 211}); with a path, its listing over the
 * control connection ({@code 212} for a directory, {@code 213} for a file).
 */
final class StatHandler extends BuiltInHandler {
  private final ListingFormatter formatter;

  @Inject
  StatHandler(Clock clock) {
    super(CommandSpec.builder(Verb.STAT)
        .noLogin()
        .argument(ArgumentPolicy.OPTIONAL)
        .duringTransfer()
        .help("STAT [<sp> pathname]: server status, transfer progress, or a listing")
        .build());
    this.formatter = ListingFormat.formatter(clock);
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    Optional<Transfer> transfer = context.transfers().active();
    if (transfer.isPresent()) {
      context.reply(Reply.of(ReplyCode.FILE_STATUS_213, "Transfer in progress: "
          + transfer.get().command() + ", " + transfer.get().bytes() + " bytes so far."));
    } else if (command.hasArgument()) {
      context.require(Permission.LIST);
      VirtualPath path = context.resolve(ListArguments.parse(command.argument()).path());
      FileAttributes attributes = context.fileSystem().stat(path);
      List<String> lines = new ArrayList<>();
      lines.add("Status of " + path + ":");
      ListingLines.collect(context.fileSystem(), path, attributes, formatter, lines);
      lines.add("End of status.");
      context.reply(Reply.of(attributes.isDirectory()
          ? ReplyCode.DIRECTORY_STATUS_212 : ReplyCode.FILE_STATUS_213, lines));
    } else {
      context.reply(Reply.of(ReplyCode.SYSTEM_STATUS_211, status(context.session())));
    }
  }

  private static List<String> status(Session session) {
    return List.of(
        "Ferry FTP server status:",
        "Connected from " + session.client().getAddress().getHostAddress(),
        session.account().map(UserAccount::name).map(name -> "Logged in as " + name)
            .orElse("Not logged in"),
        "TYPE: " + session.parameters().type().toArgument()
            + ", STRU: " + session.parameters().structure().toArgument()
            + ", MODE: " + session.parameters().mode().toArgument(),
        "End of status.");
  }
}
