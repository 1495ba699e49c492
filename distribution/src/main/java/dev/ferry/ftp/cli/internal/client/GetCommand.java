package dev.ferry.ftp.cli.internal.client;

import dev.ferry.ftp.client.FtpSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ferry get URL [LOCAL]}: downloads one file. */
@Command(
    name = "get",
    mixinStandardHelpOptions = true,
    description = "Download a file.",
    footer = ClientCommand.FOOTER)
public final class GetCommand extends ClientCommand {
  @Parameters(
      index = "0",
      paramLabel = "URL",
      converter = FtpUrlConverter.class,
      description = "The remote file, e.g. ftp://host/pub/file.iso")
  FtpUrl url;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "LOCAL",
      description = "Where to save it: a file, or a directory to save it in (default: here).")
  Path local;

  @Option(
      names = {"-c", "--continue"},
      description = "Resume: keep the local file's bytes and fetch the rest (REST).")
  boolean resume;

  @Option(
      names = {"-p", "--preserve"},
      description = "Give the local file the remote file's modification time (MDTM).")
  boolean preserve;

  @Override
  void run() throws Exception {
    String name = RemoteNames.name(url.path());
    if (name.isEmpty()) {
      throw new CommandFailure(ExitCodes.USAGE, "the URL names no file: " + url);
    }
    Path target = local == null ? Path.of(name) : Files.isDirectory(local) ? local.resolve(name) : local;
    ProgressReporter progress = progress();
    boolean existed = Files.exists(target);
    try (FtpSession ftp = connect(url)) {
      ftp.download(
          url.path(),
          target,
          transferOptions(url, progress).withResume(resume).withPreservedModificationTime(preserve));
    } catch (Exception e) {
      removeEmpty(target, existed);
      throw e;
    } finally {
      progress.finish();
    }
  }

  /**
   * A refused download (a missing file, say) leaves the empty file it was to go in; remove it. A
   * partial copy stays, for {@code -c} to resume.
   */
  private static void removeEmpty(Path target, boolean existed) throws IOException {
    if (!existed && Files.isRegularFile(target) && Files.size(target) == 0) {
      Files.delete(target);
    }
  }
}
