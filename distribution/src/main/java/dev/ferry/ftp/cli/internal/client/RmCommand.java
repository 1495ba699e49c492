package dev.ferry.ftp.cli.internal.client;

import dev.ferry.ftp.client.FtpSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ferry rm URL}: deletes a file or an empty directory, or with {@code -r} a tree. */
@Command(
    name = "rm",
    mixinStandardHelpOptions = true,
    description = "Delete a remote file or empty directory.",
    footer = ClientCommand.FOOTER)
public final class RmCommand extends ClientCommand {
  @Parameters(
      index = "0",
      paramLabel = "URL",
      converter = FtpUrlConverter.class,
      description = "The file or directory to delete.")
  FtpUrl url;

  @Option(
      names = {"-r", "--recursive"},
      description = "Delete a directory with everything in it.")
  boolean recursive;

  @Override
  void run() throws Exception {
    if (RemoteNames.name(url.path()).isEmpty()) {
      throw new CommandFailure(ExitCodes.USAGE, "refusing to delete the login directory: " + url);
    }
    try (FtpSession ftp = connect(url)) {
      if (recursive) {
        ftp.deleteRecursively(url.path());
      } else if (ftp.stat(url.path()).isDirectory()) {
        ftp.deleteDirectory(url.path());
      } else {
        ftp.delete(url.path());
      }
    }
  }
}
