package dev.ferry.ftp.server.internal.transfer;

import dev.ferry.ftp.server.internal.data.DataConnection;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SocketChannel;
import java.util.Optional;

/**
 * Sends a file (RETR, RFC 959 §4.1.3), from the restart offset when REST set one. When the backend
 * gave a {@link FileChannel}, the data connection is a plain socket and the transfer parameters
 * need no conversion, the kernel sends the file without copying it through the JVM.
 */
public final class RetrieveJob implements TransferJob {
  private final String path;
  private final ReadableByteChannel source;
  private final boolean zeroCopyAllowed;

  /**
   * Creates the job.
   *
   * @param path the file's path as the user sees it
   * @param source the file, opened at the offset to start from; the job closes it
   * @param zeroCopyAllowed whether the transfer parameters send the bytes unchanged
   */
  public RetrieveJob(String path, ReadableByteChannel source, boolean zeroCopyAllowed) {
    this.path = path;
    this.source = source;
    this.zeroCopyAllowed = zeroCopyAllowed;
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
  public void run(DataConnection connection, TransferProgress progress) throws IOException {
    Optional<SocketChannel> socket = connection.zeroCopyTarget();
    if (zeroCopyAllowed && source instanceof FileChannel file && socket.isPresent()) {
      Copier.transferTo(file, socket.get(), progress);
    } else {
      Copier.copy(source, connection.output(), progress);
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
