package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.protocol.param.Timeval;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.command.CommandContext;
import dev.ferry.ftp.server.command.SiteCommand;
import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.VirtualPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Optional;
import java.time.Instant;

/**
 * {@code SITE UTIME}, in the two forms clients send (no document defines it):
 *
 * <ul>
 *   <li>{@code SITE UTIME YYYYMMDDhhmm[ss] path} (ProFTPD's mod_site_misc);
 *   <li>{@code SITE UTIME path atime mtime ctime UTC} (FileZilla and Total Commander), of which the
 *       modification time is set; the access and creation times cannot be stored.
 * </ul>
 *
 * <p>Times are UTC. Offered where the backend can set times
 * ({@link Capability#SET_MODIFIED_TIME}).
 */
final class SiteUtime implements SiteCommand {
  @Inject
  SiteUtime() {}

  @Override
  public String name() {
    return "UTIME";
  }

  @Override
  public String help() {
    return "UTIME <sp> YYYYMMDDhhmm[ss] <sp> pathname | UTIME <sp> pathname atime mtime ctime UTC";
  }

  @Override
  public Optional<Permission> permission() {
    return Optional.of(Permission.CHMOD);
  }

  @Override
  public boolean isAvailable(CommandContext context) {
    return Storage.has(context, Capability.SET_MODIFIED_TIME);
  }

  @Override
  public void handle(CommandContext context, String argument) throws IOException {
    String[] words = argument.split(" ", -1);
    String path;
    Instant modified;
    int n = words.length;
    if (n >= 5 && words[n - 1].equalsIgnoreCase("UTC") && isTime(words[n - 3])) {
      path = argument.substring(0, argument.length()
          - (words[n - 4].length() + words[n - 3].length() + words[n - 2].length() + 7));
      modified = parseTime(words[n - 3]);
    } else if (n >= 2 && isTime(words[0])) {
      path = argument.substring(words[0].length() + 1);
      modified = parseTime(words[0]);
    } else {
      throw new InvalidArgumentException("SITE UTIME takes a time (YYYYMMDDhhmm[ss]) and a path.");
    }
    if (path.isEmpty()) {
      throw new InvalidArgumentException("SITE UTIME needs a pathname.");
    }
    VirtualPath resolved = context.resolve(path);
    context.fileSystem().setModifiedTime(resolved, modified);
    context.reply(Reply.of(ReplyCode.COMMAND_OK_200, "Modification time of " + resolved
        + " set."));
  }

  private static boolean isTime(String word) {
    return (word.length() == 12 || word.length() == 14)
        && word.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static Instant parseTime(String word) {
    return Timeval.parse(word.length() == 12 ? word + "00" : word).instant();
  }
}
