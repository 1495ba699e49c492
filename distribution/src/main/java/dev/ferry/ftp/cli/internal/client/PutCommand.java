package dev.ferry.ftp.cli.internal.client;

import dev.ferry.ftp.client.FtpNotFoundException;
import dev.ferry.ftp.client.FtpSession;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ferry put LOCAL URL}: uploads one file. */
@Command(
    name = "put",
    mixinStandardHelpOptions = true,
    description = "Upload a file.",
    footer = ClientCommand.FOOTER)
public final class PutCommand extends ClientCommand {
  @Parameters(index = "0", paramLabel = "LOCAL", description = "The file to upload.")
  Path local;

  @Parameters(
      index = "1",
      paramLabel = "URL",
      converter = FtpUrlConverter.class,
      description = "The remote file, or a directory to upload into (ending in / or existing).")
  FtpUrl url;

  @Option(
      names = {"-c", "--continue"},
      description = "Resume: send only what the remote file lacks (REST and STOR, else APPE).")
  boolean resume;

  @Option(
      names = {"-p", "--preserve"},
      description = "Give the remote file the local file's modification time (MFMT).")
  boolean preserve;

  @Override
  void run() throws Exception {
    if (!Files.isRegularFile(local)) {
      throw Files.exists(local)
          ? new CommandFailure(ExitCodes.LOCAL_IO, "not a regular file: " + local)
          : new NoSuchFileException(local.toString());
    }
    ProgressReporter progress = progress();
    try (FtpSession ftp = connect(url)) {
      ftp.upload(
          local,
          target(ftp),
          transferOptions(url, progress).withResume(resume).withPreservedModificationTime(preserve));
    } finally {
      progress.finish();
    }
  }

  /** The remote path: the URL's, or the local file's name in the directory the URL names. */
  private String target(FtpSession ftp) throws Exception {
    String name = local.getFileName().toString();
    String path = url.path();
    if (path.isEmpty() || path.endsWith("/")) {
      return RemoteNames.join(path, name);
    }
    try {
      return ftp.stat(path).isDirectory() ? RemoteNames.join(path, name) : path;
    } catch (FtpNotFoundException e) {
      return path;
    }
  }
}
