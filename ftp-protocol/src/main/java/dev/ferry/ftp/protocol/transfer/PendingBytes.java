package dev.ferry.ftp.protocol.transfer;

/**
 * A small queue of output bytes that did not fit into the caller's buffer: the LF of a CRLF when
 * one byte of room was left, a block header, a MODE C unit. Transforms drain it before anything
 * else, which is what lets them work with an output buffer of a single byte.
 */
final class PendingBytes {
  private byte[] bytes;
  private int start;
  private int end;

  PendingBytes(int capacity) {
    bytes = new byte[capacity];
  }

  boolean isEmpty() {
    return start == end;
  }

  void add(int b) {
    ensureRoom(1);
    bytes[end++] = (byte) b;
  }

  void add(byte[] src, int offset, int length) {
    ensureRoom(length);
    System.arraycopy(src, offset, bytes, end, length);
    end += length;
  }

  /**
   * Writes {@code src} to {@code out} as far as it fits, keeps the rest; returns the new outPos.
   */
  int write(byte[] src, byte[] out, int outPos, int outLimit) {
    if (isEmpty() && outLimit - outPos >= src.length) {
      for (byte b : src) { // a line end of a byte or two: a loop costs less than arraycopy's call
        out[outPos++] = b;
      }
      return outPos;
    }
    int n = isEmpty() ? Math.min(src.length, outLimit - outPos) : 0;
    System.arraycopy(src, 0, out, outPos, n);
    if (n < src.length) {
      add(src, n, src.length - n);
    }
    return outPos + n;
  }

  /** Moves queued bytes to {@code out} as far as they fit; returns the new outPos. */
  int drain(byte[] out, int outPos, int outLimit) {
    if (start == end) {
      return outPos; // nothing queued: the common case
    }
    int n = Math.min(end - start, outLimit - outPos);
    System.arraycopy(bytes, start, out, outPos, n);
    start += n;
    if (start == end) {
      start = 0;
      end = 0;
    }
    return outPos + n;
  }

  private void ensureRoom(int n) {
    if (end + n <= bytes.length) {
      return;
    }
    int size = end - start;
    byte[] target =
        size + n <= bytes.length ? bytes : new byte[Math.max(bytes.length * 2, size + n)];
    System.arraycopy(bytes, start, target, 0, size);
    bytes = target;
    start = 0;
    end = size;
  }
}
