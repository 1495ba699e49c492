package dev.ferry.ftp.client;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.util.Objects;

/**
 * The data of an upload (STOR or APPE). Writing it writes the data connection; {@link #close()}
 * ends the data, reads the server's final reply and throws if the server did not store the file.
 *
 * <p>Closing marks the upload complete, so code that fails half-way through writing must call
 * {@link #abort()} rather than just close, or the server keeps a truncated file as if it were
 * whole. {@link FtpSession#upload(java.nio.file.Path, String)} does this for files. While the
 * stream is open its session runs no other command. Not thread-safe, like its session.
 */
public final class FtpOutputStream extends OutputStream {
  private final Transfer transfer;
  private final OutputStream out;
  private boolean closed;

  FtpOutputStream(Transfer transfer, OutputStream out) {
    this.transfer = transfer;
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (closed) {
      throw new IOException("stream closed");
    }
    out.write(b, off, len);
    transfer.moved(len);
  }

  @Override
  public void flush() throws IOException {
    if (!closed) {
      out.flush();
    }
  }

  /**
   * Writes a file from the channel's position to its end: through the session's direct buffer
   * when the data connection allows it ({@link Transfer#rawChannel}), else as a stream.
   */
  long sendFrom(FileChannel file) throws IOException {
    if (closed) {
      throw new IOException("stream closed");
    }
    SocketChannel channel = transfer.rawChannel();
    if (channel == null) {
      return Channels.newInputStream(file).transferTo(this);
    }
    out.flush();
    return transfer.send(channel, file);
  }

  /**
   * Returns how many bytes were written so far.
   *
   * @return the count, before conversion for TYPE A
   */
  public long bytesTransferred() {
    return transfer.progress().bytes();
  }

  /**
   * Aborts the upload (ABOR, RFC 959 §4.1.3) and closes the stream. What the server keeps of the
   * partial file depends on the server. Does nothing if the stream is already closed.
   *
   * @throws IOException if the control connection fails
   */
  public void abort() throws IOException {
    if (!closed) {
      closed = true;
      transfer.abort();
    }
  }

  /**
   * Ends the data, reads the final reply and checks it.
   *
   * @throws FtpReplyException if the server reports that it did not store the file
   * @throws IOException if the data or control connection fails
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      out.close();
    } catch (IOException e) {
      try {
        transfer.abort();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    transfer.complete();
  }
}
