package dev.ferry.ftp.server.internal.transfer;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SocketChannel;
import java.util.Optional;

/**
 * Sends a file (RETR, RFC 959 §4.1.3), from the restart offset when REST set one. When the backend
 * gave a {@link FileChannel} and {@link DataStreams#zeroCopyTarget()} offers the plain socket (no
 * TLS, no TYPE or MODE encoding), the kernel sends the file without copying it through the JVM.
 */
public final class RetrieveJob implements TransferJob {
  private final String path;
  private final ReadableByteChannel source;

  /**
   * Creates the job.
   *
   * @param path the file's path as the user sees it
   * @param source the file, opened at the offset to start from; the job closes it
   */
  public RetrieveJob(String path, ReadableByteChannel source) {
    this.path = path;
    this.source = source;
  }

  @Override
  public Kind kind() {
    return Kind.DOWNLOAD;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public void run(DataStreams streams, TransferProgress progress) throws IOException {
    Optional<SocketChannel> socket = streams.zeroCopyTarget();
    if (source instanceof FileChannel file && socket.isPresent()) {
      Copier.transferTo(file, socket.get(), progress);
    } else {
      Copier.copy(source, streams.output(), progress);
    }
  }

  @Override
  public String successText() {
    return "Transfer complete.";
  }

  @Override
  public void close() {
    try {
      source.close();
    } catch (IOException e) {
      // A read channel that fails to close holds nothing more.
    }
  }
}
