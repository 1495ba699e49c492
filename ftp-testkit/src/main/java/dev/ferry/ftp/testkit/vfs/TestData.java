package dev.ferry.ftp.testkit.vfs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Deterministic pseudo-random content of any length, produced as a stream so a gigabyte never
 * sits in memory. The same seed and length always give the same bytes (an xorshift generator), so
 * a test can check what it reads back by digest alone.
 */
public final class TestData {
  private static final int BUFFER = 1 << 20;

  private TestData() {}

  /**
   * Returns {@code length} bytes for {@code seed}.
   *
   * @param seed selects the content
   * @param length how many bytes
   * @return the bytes
   */
  public static byte[] bytes(long seed, int length) {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    fill(buffer, new long[] {mix(seed)});
    return buffer.array();
  }

  /**
   * Returns a channel that produces {@code length} bytes for {@code seed} and then ends.
   *
   * @param seed selects the content; the first bytes equal {@link #bytes(long, int)}'s
   * @param length how many bytes
   * @return a fresh channel
   */
  public static ReadableByteChannel channel(long seed, long length) {
    return new ReadableByteChannel() {
      private final long[] state = {mix(seed)};
      private final ByteBuffer pending = ByteBuffer.allocate(8).limit(0);
      private long remaining = length;
      private boolean open = true;

      @Override
      public int read(ByteBuffer dst) throws IOException {
        if (!open) {
          throw new ClosedChannelException();
        }
        if (remaining == 0) {
          return -1;
        }
        int n = (int) Math.min(dst.remaining(), remaining);
        int written = 0;
        while (written < n && pending.hasRemaining()) {
          dst.put(pending.get());
          written++;
        }
        while (n - written >= 8) {
          dst.putLong(next(state));
          written += 8;
        }
        if (written < n) {
          pending.clear();
          pending.putLong(next(state)).flip();
          while (written < n) {
            dst.put(pending.get());
            written++;
          }
        }
        remaining -= n;
        return n;
      }

      @Override
      public boolean isOpen() {
        return open;
      }

      @Override
      public void close() {
        open = false;
      }
    };
  }

  /**
   * Reads a channel to its end and returns the SHA-256 digest of everything read, in 1 MiB steps.
   *
   * @param channel the channel to drain; not closed
   * @return the digest and the byte count
   * @throws IOException if reading fails
   */
  public static Digest digest(ReadableByteChannel channel) throws IOException {
    MessageDigest digest = sha256();
    ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER);
    long count = 0;
    while (channel.read(buffer) >= 0) {
      buffer.flip();
      count += buffer.remaining();
      digest.update(buffer);
      buffer.clear();
    }
    return new Digest(digest.digest(), count);
  }

  /**
   * What {@link #digest} found.
   *
   * @param sha256 the SHA-256 of the content
   * @param length the content's length
   */
  public record Digest(byte[] sha256, long length) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Digest d && length == d.length && MessageDigest.isEqual(sha256, d.sha256);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(length) ^ Arrays.hashCode(sha256);
    }

    @Override
    public String toString() {
      return "Digest[" + HexFormat.of().formatHex(sha256) + ", " + length + " bytes]";
    }
  }

  private static void fill(ByteBuffer buffer, long[] state) {
    while (buffer.remaining() >= 8) {
      buffer.putLong(next(state));
    }
    if (buffer.hasRemaining()) {
      ByteBuffer tail = ByteBuffer.allocate(8).putLong(next(state)).flip();
      while (buffer.hasRemaining()) {
        buffer.put(tail.get());
      }
    }
  }

  private static long next(long[] state) {
    long x = state[0];
    x ^= x << 13;
    x ^= x >>> 7;
    x ^= x << 17;
    state[0] = x;
    return x * 0x2545F4914F6CDD1DL;
  }

  private static long mix(long seed) {
    long z = seed + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z ^= z >>> 31;
    return z == 0 ? 1 : z;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
