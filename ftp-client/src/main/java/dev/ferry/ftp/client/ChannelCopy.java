package dev.ferry.ftp.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/**
 * Moves a file's bytes between a local {@link FileChannel} and a clear-text data connection
 * without passing them through the Java heap. Streams cost two extra copies per byte (socket to a
 * temporary direct buffer to a heap array, and back out to the file) and most of a loaded CPU's
 * time at loopback speeds.
 *
 * <p>Both directions go through one direct buffer: uploads read the file into it and write it to
 * the socket, downloads read the socket into it and write it to the file. Uploads could use
 * {@code sendfile(2)} ({@link FileChannel#transferTo}), which costs the client less than half the
 * CPU, but on loopback the receiving server then ran slower than with plain writes (vsftpd: 400
 * against 455–577 MiB/s, see docs/benchmarks.md). The JDK's {@code transferFrom} out of a socket
 * goes through a temporary 8 KiB buffer. A blocking {@link SocketChannel} ignores
 * {@code SO_TIMEOUT}, so downloads read in non-blocking mode and wait for data with a
 * {@link Selector}, bounded by the same data timeout the streams honour.
 */
final class ChannelCopy {

  private ChannelCopy() {}

  /**
   * Sends the file from its position to its end; the channel's position moves past what was sent.
   *
   * @param buffer a direct buffer to read into
   * @return the bytes sent
   */
  static long send(FileChannel source, SocketChannel target, ByteBuffer buffer, Transfer transfer)
      throws IOException {
    long total = 0;
    for (buffer.clear(); source.read(buffer) >= 0; buffer.clear()) {
      buffer.flip();
      int n = buffer.remaining();
      while (buffer.hasRemaining()) {
        target.write(buffer);
      }
      total += n;
      transfer.moved(n);
    }
    return total;
  }

  /**
   * Receives the data until the server ends it, writing at the file channel's position.
   *
   * @param buffer a direct buffer to read into
   * @param timeoutMillis how long to wait for data, {@code 0} for ever
   * @return the bytes received
   * @throws SocketTimeoutException if no data arrives for {@code timeoutMillis}
   */
  static long receive(
      SocketChannel source,
      FileChannel target,
      ByteBuffer buffer,
      int timeoutMillis,
      Transfer transfer)
      throws IOException {
    buffer.clear();
    long total = 0;
    Selector selector = null;
    source.configureBlocking(false);
    try {
      while (true) {
        int n = source.read(buffer);
        if (n > 0) {
          total += n;
          transfer.moved(n);
          if (!buffer.hasRemaining()) {
            drain(buffer, target);
          }
        } else if (n < 0) {
          drain(buffer, target);
          return total;
        } else if (buffer.position() > 0) {
          // Nothing more to read yet: write what came while the next bytes travel.
          drain(buffer, target);
        } else {
          if (selector == null) {
            selector = Selector.open();
            source.register(selector, SelectionKey.OP_READ);
          }
          if (selector.select(timeoutMillis) == 0) {
            if (Thread.currentThread().isInterrupted()) {
              throw new InterruptedIOException("interrupted while waiting for data");
            }
            throw new SocketTimeoutException("no data for " + timeoutMillis + " ms");
          }
          selector.selectedKeys().clear();
        }
      }
    } finally {
      if (selector != null) {
        // Closing the selector deregisters the channel, which may then block again.
        selector.close();
      }
      if (source.isOpen()) {
        source.configureBlocking(true);
      }
    }
  }

  private static void drain(ByteBuffer buffer, FileChannel target) throws IOException {
    buffer.flip();
    while (buffer.hasRemaining()) {
      target.write(buffer);
    }
    buffer.clear();
  }
}
