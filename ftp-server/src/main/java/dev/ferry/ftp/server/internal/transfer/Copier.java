package dev.ferry.ftp.server.internal.transfer;

import dev.ferry.ftp.server.internal.data.DataConnectionException;
import dev.ferry.ftp.vfs.VfsException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.WritableByteChannel;

/**
 * Moves bytes between channels and counts them. Every loop ends: each pass moves at least one byte
 * or stops at the end of the source.
 */
public final class Copier {
  /** The copy buffer: big enough for loopback speed, small enough for thousands of sessions. */
  static final int BUFFER_SIZE = 128 * 1024;

  /**
   * How much one {@code transferTo} call may send: small enough that STAT and the stall watchdog
   * see progress while a slow client reads, big enough to keep system calls few.
   */
  static final long ZERO_COPY_CHUNK = 512L * 1024;

  private Copier() {}

  /**
   * Copies everything from {@code source} to {@code target}.
   *
   * @param source where to read until its end
   * @param target where to write
   * @param progress where to count
   * @return the bytes copied
   * @throws IOException if either side fails
   */
  public static long copy(ReadableByteChannel source, WritableByteChannel target,
      TransferProgress progress) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(BUFFER_SIZE);
    long total = 0;
    while (source.read(buffer.clear()) >= 0) {
      buffer.flip();
      while (buffer.hasRemaining()) {
        int written = target.write(buffer);
        total += written;
        progress.add(written);
      }
    }
    return total;
  }

  /**
   * Sends a file from its current position to its end with {@link FileChannel#transferTo}, which
   * lets the kernel move the bytes without copying them through the JVM (sendfile on Linux).
   *
   * @param file the file, positioned at the first byte to send
   * @param target the data connection's socket channel
   * @param progress where to count
   * @return the bytes sent
   * @throws IOException if either side fails; a socket failure as
   *     {@link DataConnectionException}
   */
  public static long transferTo(FileChannel file, SocketChannel target, TransferProgress progress)
      throws IOException {
    long start = file.position();
    long position = start;
    while (true) {
      long sent;
      try {
        sent = file.transferTo(position, ZERO_COPY_CHUNK, target);
      } catch (VfsException e) {
        throw e;
      } catch (IOException e) {
        // transferTo does not tell which side failed; the file was open and readable, so a
        // failure here is almost always the client going away.
        throw DataConnectionException.lost(e);
      }
      if (sent <= 0) {
        break;
      }
      position += sent;
      progress.add(sent);
    }
    file.position(position);
    return position - start;
  }
}
