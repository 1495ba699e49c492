package dev.ferry.ftp.vfs.s3.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.CRC32;

/** Computes a checksum of a range by streaming it: constant memory whatever the size. */
final class Checksums {
  private Checksums() {}

  /**
   * Digests up to {@code length} bytes of a channel.
   *
   * @param algorithm a name from {@link S3FileSystem#CHECKSUMS}
   * @return the digest (for CRC32, 4 bytes, big-endian)
   */
  static byte[] compute(String algorithm, ReadableByteChannel in, long length)
      throws IOException {
    CRC32 crc = algorithm.equals("CRC32") ? new CRC32() : null;
    MessageDigest digest;
    try {
      digest = crc == null ? MessageDigest.getInstance(algorithm) : null;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks " + algorithm, e);
    }
    ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    long left = length;
    while (left > 0) {
      buffer.clear().limit((int) Math.min(buffer.capacity(), left));
      int n = in.read(buffer);
      if (n < 0) {
        break;
      }
      buffer.flip();
      left -= n;
      if (crc != null) {
        crc.update(buffer);
      } else {
        digest.update(buffer);
      }
    }
    return crc != null ? ByteBuffer.allocate(4).putInt((int) crc.getValue()).array()
        : digest.digest();
  }
}
