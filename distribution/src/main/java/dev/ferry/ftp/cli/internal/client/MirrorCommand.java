package dev.ferry.ftp.cli.internal.client;

import dev.ferry.ftp.client.FtpSessionPool;
import dev.ferry.ftp.client.MirrorOptions;
import dev.ferry.ftp.client.TreeResult;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ferry mirror URL LOCALDIR} and {@code ferry mirror -R LOCALDIR URL}: copies a directory
 * tree down or up, files in parallel over a pool of sessions. Modification times are always
 * carried over, so that {@code --only-newer} skips on the next run what this one copied.
 */
@Command(
    name = "mirror",
    mixinStandardHelpOptions = true,
    description = {
      "Copy a remote directory tree here, or with -R a local one to the server.",
      "  ferry mirror URL LOCALDIR",
      "  ferry mirror -R LOCALDIR URL"
    },
    footer = ClientCommand.FOOTER)
public final class MirrorCommand extends ClientCommand {
  @Parameters(index = "0", paramLabel = "SOURCE", description = "The URL, or LOCALDIR with -R.")
  String source;

  @Parameters(index = "1", paramLabel = "TARGET", description = "LOCALDIR, or the URL with -R.")
  String target;

  @Option(
      names = {"-R", "--reverse"},
      description = "Upload: mirror LOCALDIR to the server.")
  boolean upload;

  @Option(
      names = "--only-newer",
      description = "Copy only files the target lacks, has with another size, or has older.")
  boolean onlyNewer;

  @Option(
      names = "--delete",
      description = "Delete what the target has and the source does not.")
  boolean delete;

  @Option(
      names = "--parallel",
      paramLabel = "N",
      description = "Files to transfer at once, over as many sessions: 1 to 16 (default 4).")
  int parallel = 4;

  @Override
  void run() throws Exception {
    if (parallel < 1 || parallel > 16) {
      throw new CommandFailure(ExitCodes.USAGE, "--parallel must be from 1 to 16, not " + parallel);
    }
    FtpUrl url = FtpUrl.parse(upload ? target : source);
    Path local = Path.of(upload ? source : target);
    if (upload && !Files.isDirectory(local)) {
      throw new CommandFailure(ExitCodes.LOCAL_IO, "not a local directory: " + local);
    }
    ProgressReporter progress = progress();
    MirrorOptions mirror =
        MirrorOptions.defaults()
            .withPolicy(onlyNewer ? MirrorOptions.Policy.NEWER : MirrorOptions.Policy.ALL)
            .withDeleteExtraneous(delete)
            .withTransfer(transferOptions(url, progress).withPreservedModificationTime(true));
    TreeResult result;
    try (FtpSessionPool pool = pool(url, parallel)) {
      if (!upload) {
        requireDirectory(pool, url.path());
      }
      result =
          upload
              ? pool.uploadTree(local, url.path(), mirror)
              : pool.downloadTree(url.path(), local, mirror);
    } finally {
      progress.finish();
    }
    if (chatty()) {
      err().printf(
          "mirror: %d transferred, %d skipped, %d deleted, %s%n",
          result.filesTransferred(),
          result.filesSkipped(),
          result.entriesDeleted(),
          ProgressReporter.bytes(result.bytesTransferred()));
    }
  }

  /** A tree download of a missing directory would copy nothing and succeed; say it is missing. */
  private static void requireDirectory(FtpSessionPool pool, String path) throws Exception {
    if (path.isEmpty()) {
      return;
    }
    try (FtpSessionPool.Lease lease = pool.acquire()) {
      if (!lease.session().stat(path).isDirectory()) {
        throw new CommandFailure(ExitCodes.USAGE, "not a directory: " + path);
      }
    }
  }
}
