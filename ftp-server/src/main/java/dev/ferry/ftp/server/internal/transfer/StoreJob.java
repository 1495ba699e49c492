package dev.ferry.ftp.server.internal.transfer;

import dev.ferry.ftp.vfs.Upload;
import java.io.IOException;

/**
 * Receives a file (STOR, and the base of APPE and STOU, RFC 959 §4.1.3): reads the data
 * connection to its end, then commits the upload. Only then does the new content become visible;
 * an abort, a stall or an error discards it (the {@link Upload} contract).
 */
public final class StoreJob implements TransferJob {
  private final String path;
  private final Upload upload;

  /**
   * Creates the job.
   *
   * @param path the file's path as the user sees it
   * @param upload the opened upload; the job commits or discards it
   */
  public StoreJob(String path, Upload upload) {
    this.path = path;
    this.upload = upload;
  }

  @Override
  public Kind kind() {
    return Kind.UPLOAD;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public void run(DataStreams streams, TransferProgress progress) throws IOException {
    Copier.copy(streams.input(), upload, progress);
    upload.commit();
  }

  @Override
  public String successText() {
    return "Transfer complete.";
  }

  @Override
  public void close() {
    upload.abort();
  }
}
