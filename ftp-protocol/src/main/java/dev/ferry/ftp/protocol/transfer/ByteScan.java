package dev.ferry.ftp.protocol.transfer;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Copies bytes up to the next line-end byte, eight at a time. Text is mostly bytes that pass
 * unchanged, so the TYPE A transforms spend their time looking for the next CR or LF; loading a
 * {@code long}, testing all its bytes at once (the "has zero byte" trick) and storing it is several
 * times faster than a loop over single bytes, and than {@code System.arraycopy} on short lines.
 */
final class ByteScan {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long CRS = ONES * '\r';
  private static final long LFS = ONES * '\n';

  private ByteScan() {}

  /**
   * Copies up to {@code n} bytes from {@code in[ip..]} to {@code out[op..]}, stopping before the
   * first LF; returns how many it copied. May write anywhere in {@code out[op..op+n)}.
   */
  static int copyUntilLf(byte[] in, int ip, byte[] out, int op, int n) {
    return copyUntil(in, ip, out, op, n, LFS, LFS);
  }

  /** As {@link #copyUntilLf}, stopping before the first CR or LF. */
  static int copyUntilCrOrLf(byte[] in, int ip, byte[] out, int op, int n) {
    return copyUntil(in, ip, out, op, n, CRS, LFS);
  }

  /** Returns the index of the first LF in {@code a[from..to)}, or {@code to}. */
  static int indexOfLf(byte[] a, int from, int to) {
    int i = from;
    for (; i <= to - Long.BYTES; i += Long.BYTES) {
      long match = zeroBytes((long) LONGS.get(a, i) ^ LFS);
      if (match != 0) {
        return i + (Long.numberOfTrailingZeros(match) >>> 3);
      }
    }
    while (i < to && a[i] != '\n') {
      i++;
    }
    return i;
  }

  private static int copyUntil(byte[] in, int ip, byte[] out, int op, int n, long a, long b) {
    int i = 0;
    for (; i <= n - Long.BYTES; i += Long.BYTES) {
      long word = (long) LONGS.get(in, ip + i);
      LONGS.set(out, op + i, word); // stored before testing: the bytes past a match are scratch
      long match = zeroBytes(word ^ a) | zeroBytes(word ^ b);
      if (match != 0) {
        return i + (Long.numberOfTrailingZeros(match) >>> 3);
      }
    }
    byte x = (byte) a;
    byte y = (byte) b;
    for (; i < n; i++) {
      byte c = in[ip + i];
      if (c == x || c == y) {
        break;
      }
      out[op + i] = c;
    }
    return i;
  }

  /**
   * Sets the high bit of each byte of {@code x} that is zero. A borrow can also flag a byte above a
   * zero byte, never below one, so the lowest flag is always exact.
   */
  private static long zeroBytes(long x) {
    return (x - ONES) & ~x & HIGHS;
  }
}
