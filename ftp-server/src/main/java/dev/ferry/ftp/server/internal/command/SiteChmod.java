package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.command.CommandContext;
import dev.ferry.ftp.server.command.SiteCommand;
import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.VirtualPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code SITE CHMOD <mode> <path>} (the de facto form of wu-ftpd, ProFTPD and vsftpd): sets the
 * unix permission bits, given in octal, up to {@code 0777}. Offered where the backend has unix
 * permissions ({@link Capability#UNIX_PERMISSIONS}).
 */
final class SiteChmod implements SiteCommand {
  @Inject
  SiteChmod() {}

  @Override
  public String name() {
    return "CHMOD";
  }

  @Override
  public String help() {
    return "CHMOD <sp> mode <sp> pathname";
  }

  @Override
  public Optional<Permission> permission() {
    return Optional.of(Permission.CHMOD);
  }

  @Override
  public boolean isAvailable(CommandContext context) {
    return Storage.has(context, Capability.UNIX_PERMISSIONS);
  }

  @Override
  public void handle(CommandContext context, String argument) throws IOException {
    int space = argument.indexOf(' ');
    if (space <= 0 || space == argument.length() - 1) {
      throw new InvalidArgumentException("SITE CHMOD takes a mode and a pathname.");
    }
    int mode = parseMode(argument.substring(0, space));
    VirtualPath path = context.resolve(argument.substring(space + 1));
    context.fileSystem().setPermissions(path, mode);
    context.reply(Reply.of(ReplyCode.COMMAND_OK_200, "Mode of " + path + " set to 0"
        + Integer.toOctalString(mode) + "."));
  }

  /** An octal mode of one to four digits, at most {@code 0777}. */
  static int parseMode(String text) {
    if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(c -> c >= '0' && c <= '7')) {
      throw new InvalidArgumentException("Not an octal mode: " + text);
    }
    int mode = Integer.parseInt(text, 8);
    if (mode > 0777) {
      throw new InvalidArgumentException("Mode out of range (at most 0777): " + text);
    }
    return mode;
  }
}
