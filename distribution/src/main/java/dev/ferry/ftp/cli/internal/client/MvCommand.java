package dev.ferry.ftp.cli.internal.client;

import dev.ferry.ftp.client.FtpSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ferry mv URL NEWPATH}: renames or moves a remote file or directory. */
@Command(
    name = "mv",
    mixinStandardHelpOptions = true,
    description = "Rename or move a remote file or directory.",
    footer = ClientCommand.FOOTER)
public final class MvCommand extends ClientCommand {
  @Parameters(
      index = "0",
      paramLabel = "URL",
      converter = FtpUrlConverter.class,
      description = "The file or directory to rename.")
  FtpUrl url;

  @Parameters(
      index = "1",
      paramLabel = "NEWPATH",
      description =
          "The new path on the same server: absolute, or relative to the directory the file is in.")
  String newPath;

  @Override
  void run() throws Exception {
    if (newPath.isEmpty() || newPath.chars().anyMatch(Character::isISOControl)) {
      throw new CommandFailure(ExitCodes.USAGE, "not a path: '" + newPath + "'");
    }
    try (FtpSession ftp = connect(url)) {
      ftp.rename(url.path(), RemoteNames.join(RemoteNames.parent(url.path()), newPath));
    }
  }
}
