package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.Verb;
import dev.ferry.ftp.protocol.param.Feature;
import dev.ferry.ftp.protocol.param.Timeval;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.command.ArgumentPolicy;
import dev.ferry.ftp.server.command.CommandContext;
import dev.ferry.ftp.server.command.CommandFailedException;
import dev.ferry.ftp.server.command.CommandSpec;
import dev.ferry.ftp.server.internal.session.SessionContext;
import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * MFF (draft-somers-ftp-mfxx-04 §5): sets several facts of an entry at once,
 * {@code MFF Modify=20240105123456;UNIX.mode=0644; path}, and answers {@code 213} with the facts
 * set. The facts offered are those the backend can change: {@code Modify}
 * ({@link Capability#SET_MODIFIED_TIME}) and {@code UNIX.mode}
 * ({@link Capability#UNIX_PERMISSIONS}); FEAT lists them. Every fact is checked before any is
 * applied, so a request with one unsupported fact ({@code 504}) or a bad value ({@code 501})
 * changes nothing.
 */
final class MffHandler extends BuiltInHandler {
  private static final String MODIFY = "Modify";
  private static final String UNIX_MODE = "UNIX.mode";

  @Inject
  MffHandler() {
    super(CommandSpec.builder(Verb.MFF)
        .argument(ArgumentPolicy.REQUIRED)
        .permission(Permission.CHMOD)
        .availableWhen(context -> !facts(context).isEmpty())
        .features(context -> List.of(Feature.of("MFF", String.join(";", facts(context)) + ";")))
        .help("MFF <sp> fact=value; [fact=value; ...] <sp> pathname: set an entry's facts")
        .build());
  }

  private static List<String> facts(CommandContext context) {
    boolean time = Storage.has(context, Capability.SET_MODIFIED_TIME);
    boolean mode = Storage.has(context, Capability.UNIX_PERMISSIONS);
    return time && mode ? List.of(MODIFY, UNIX_MODE)
        : time ? List.of(MODIFY) : mode ? List.of(UNIX_MODE) : List.of();
  }

  @Override
  void handle(SessionContext context, Command command) throws IOException {
    String argument = command.argument();
    int space = argument.indexOf(' ');
    if (space <= 0 || space == argument.length() - 1 || argument.charAt(space - 1) != ';') {
      throw new InvalidArgumentException("MFF takes fact=value; ... and a pathname.");
    }
    VirtualPath path = context.resolve(argument.substring(space + 1));
    Instant modified = null;
    int mode = -1;
    List<String> offered = facts(context);
    for (String fact : argument.substring(0, space - 1).split(";", -1)) {
      int equals = fact.indexOf('=');
      if (equals <= 0) {
        throw new InvalidArgumentException("Not a fact: " + fact);
      }
      String name = fact.substring(0, equals);
      String value = fact.substring(equals + 1);
      if (name.equalsIgnoreCase(MODIFY) && offered.contains(MODIFY)) {
        modified = Timeval.parse(value).instant();
      } else if (name.equalsIgnoreCase(UNIX_MODE) && offered.contains(UNIX_MODE)) {
        mode = SiteChmod.parseMode(value);
      } else {
        throw CommandFailedException.parameterNotImplemented(
            "Cannot change " + name.toLowerCase(Locale.ROOT) + ".");
      }
    }
    VirtualFileSystem fs = context.fileSystem();
    StringBuilder done = new StringBuilder();
    if (modified != null) {
      fs.setModifiedTime(path, modified);
      done.append(MODIFY).append('=').append(Timeval.of(modified, ChronoUnit.SECONDS)).append(';');
    }
    if (mode >= 0) {
      fs.setPermissions(path, mode);
      done.append(UNIX_MODE).append("=0").append(Integer.toOctalString(mode)).append(';');
    }
    context.reply(Reply.of(ReplyCode.FILE_STATUS_213, done + " " + argument.substring(space + 1)));
  }
}
