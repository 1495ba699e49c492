package dev.ferry.ftp.protocol.transfer;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Counts how many bytes local data takes on the wire in TYPE A, without holding the data: the
 * answer to {@code SIZE} in ASCII mode (RFC 3659 §4). Feed it the file in pieces of any size; the
 * count is the length of what {@link AsciiType#encoder()} would send, that is the data's length
 * plus one for each LF that does not follow a CR.
 *
 * <p>Not thread-safe.
 */
public final class AsciiSizeCounter {
  private long size;
  private boolean afterCr;
  private byte[] scratch;

  AsciiSizeCounter() {}

  /**
   * Counts the remaining bytes of {@code data}, leaving its position at its limit (as {@link
   * java.security.MessageDigest#update(ByteBuffer)} does).
   *
   * @param data the next piece of local data
   */
  public void update(ByteBuffer data) {
    if (data.hasArray()) {
      update(data.array(), data.arrayOffset() + data.position(), data.remaining());
      data.position(data.limit());
      return;
    }
    if (scratch == null) {
      scratch = new byte[8192];
    }
    while (data.hasRemaining()) {
      int n = Math.min(scratch.length, data.remaining());
      data.get(scratch, 0, n);
      update(scratch, 0, n);
    }
  }

  /**
   * Counts {@code length} bytes of {@code data} from {@code offset}.
   *
   * @param data the next piece of local data
   * @param offset where it starts
   * @param length how many bytes to count
   * @throws IndexOutOfBoundsException if the range is outside {@code data}
   */
  public void update(byte[] data, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, data.length);
    if (length == 0) {
      return;
    }
    int end = offset + length;
    long added = length;
    for (int i = ByteScan.indexOfLf(data, offset, end); i < end; ) {
      if (!(i > offset ? data[i - 1] == '\r' : afterCr)) {
        added++;
      }
      i = ByteScan.indexOfLf(data, i + 1, end);
    }
    size += added;
    afterCr = data[end - 1] == '\r';
  }

  /**
   * Returns the wire size of everything counted so far.
   *
   * @return the number of bytes the TYPE A encoder sends for it
   */
  public long wireSize() {
    return size;
  }
}
