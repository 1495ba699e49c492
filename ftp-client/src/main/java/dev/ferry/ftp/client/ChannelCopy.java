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
 * <p>Uploads use {@link FileChannel#transferTo} ({@code sendfile(2)} on Linux). Downloads read
 * into one direct buffer that is written straight to the file: the JDK's {@code transferFrom} out
 * of a socket goes through a temporary 8 KiB buffer instead. A blocking {@link SocketChannel}
 * ignores {@code SO_TIMEOUT}, so downloads read in non-blocking mode and wait for data with a
 * {@link Selector}, bounded by the same data timeout the streams honour.
 */
final class ChannelCopy {
  /** Bytes per {@code transferTo} call: progress and keep-alive checks run between them. */
  private static final long CHUNK = 8 << 20;

  private ChannelCopy() {}

  /**
   * Sends the file from its position to its end; the channel's position moves past what was sent.
   *
   * @return the bytes sent
   */
  static long send(FileChannel source, SocketChannel target, Transfer transfer)
      throws IOException {
    long start = source.position();
    long position = start;
    for (long n; (n = source.transferTo(position, CHUNK, target)) > 0; ) {
      position += n;
      transfer.moved((int) n);
    }
    source.position(position);
    return position - start;
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
