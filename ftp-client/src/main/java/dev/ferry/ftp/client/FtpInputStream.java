package dev.ferry.ftp.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.util.Objects;

/**
 * The data of a download (RETR). Reading it reads the data connection; {@link #close()} ends the
 * transfer and checks the server's final reply, so a transfer the server reports as failed throws
 * there instead of passing for a short file.
 *
 * <p>Closing before the end of the data aborts the transfer (ABOR) and throws nothing for it: the
 * caller chose to stop. While the stream is open its session runs no other command. Not
 * thread-safe, like its session.
 */
public final class FtpInputStream extends InputStream {
  private static final int BUFFER = 64 * 1024;

  private final Transfer transfer;
  private final InputStream in;
  private boolean ended;
  private boolean closed;

  FtpInputStream(Transfer transfer, InputStream in) {
    this.transfer = transfer;
    this.in = in;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (closed) {
      throw new IOException("stream closed");
    }
    if (ended) {
      return -1;
    }
    if (len == 0) {
      return 0;
    }
    int n = in.read(b, off, len);
    if (n < 0) {
      ended = true;
      return -1;
    }
    transfer.moved(n);
    return n;
  }

  /**
   * Reads the rest of the data and writes it to {@code out}, 64 KiB at a time (the default copies
   * 16 KiB at a time). {@link java.nio.file.Files#copy(InputStream, java.nio.file.Path,
   * java.nio.file.CopyOption...)} copies through this method.
   *
   * @param out where the data goes
   * @return the number of bytes copied
   * @throws IOException if reading or writing fails
   */
  @Override
  public long transferTo(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    byte[] buffer = new byte[BUFFER];
    long total = 0;
    for (int n = read(buffer, 0, buffer.length); n >= 0; n = read(buffer, 0, buffer.length)) {
      out.write(buffer, 0, n);
      total += n;
    }
    return total;
  }

  /**
   * Reads the rest of the data into a file from the channel's position: through a direct buffer
   * when the data connection allows it ({@link Transfer#rawChannel}), else as a stream.
   */
  long receiveInto(FileChannel file) throws IOException {
    if (closed) {
      throw new IOException("stream closed");
    }
    SocketChannel channel = ended ? null : transfer.rawChannel();
    if (channel == null) {
      return transferTo(Channels.newOutputStream(file));
    }
    long total = transfer.receive(channel, file);
    ended = true;
    return total;
  }

  /**
   * Returns how many bytes were read so far.
   *
   * @return the count, after conversion for TYPE A
   */
  public long bytesTransferred() {
    return transfer.progress().bytes();
  }

  /**
   * Aborts the transfer (ABOR, RFC 959 §4.1.3) and closes the stream. Does nothing if the stream
   * is already closed.
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
   * Ends the transfer. After the end of the data, reads the final reply and throws if it is
   * negative; before it, aborts the transfer.
   *
   * @throws FtpReplyException if the server reports that the transfer failed
   * @throws IOException if the control connection fails
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (ended || transfer.probeEnd(in)) {
      transfer.complete();
    } else {
      transfer.abort();
    }
  }
}
