package dev.ferry.ftp.cli.internal.client;

import dev.ferry.ftp.client.FtpSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ferry mkdir URL}: creates a remote directory. */
@Command(
    name = "mkdir",
    mixinStandardHelpOptions = true,
    description = "Create a remote directory.",
    footer = ClientCommand.FOOTER)
public final class MkdirCommand extends ClientCommand {
  @Parameters(
      index = "0",
      paramLabel = "URL",
      converter = FtpUrlConverter.class,
      description = "The directory to create.")
  FtpUrl url;

  @Option(
      names = {"-p", "--parents"},
      description = "Create missing parents too, and accept a directory that exists.")
  boolean parents;

  @Override
  void run() throws Exception {
    try (FtpSession ftp = connect(url)) {
      if (parents) {
        ftp.createDirectories(url.path());
      } else {
        ftp.createDirectory(url.path());
      }
    }
  }
}
