package dev.ferry.ftp.vfs.local.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;
import java.util.zip.CRC32;

/** Computes the checksums a local file system offers, streaming over a channel. */
final class Checksums {
  /** The names, as FTP's HASH command spells them (draft-bryan-ftpext-hash). */
  static final Set<String> ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-512", "CRC32");

  private static final int BUFFER = 64 * 1024;

  private Checksums() {}

  /** Digests at most {@code length} bytes from the channel's position. */
  static byte[] compute(String algorithm, ReadableByteChannel channel, long length)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    CRC32 crc = algorithm.equals("CRC32") ? new CRC32() : null;
    MessageDigest digest = crc == null ? digest(algorithm) : null;
    long remaining = length;
    while (remaining > 0) {
      buffer.clear().limit((int) Math.min(BUFFER, remaining));
      int n = channel.read(buffer);
      if (n < 0) {
        break;
      }
      buffer.flip();
      if (crc != null) {
        crc.update(buffer);
      } else {
        digest.update(buffer);
      }
      remaining -= n;
    }
    if (crc != null) {
      return ByteBuffer.allocate(4).putInt((int) crc.getValue()).array();
    }
    return digest.digest();
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK must offer " + algorithm, e);
    }
  }
}
