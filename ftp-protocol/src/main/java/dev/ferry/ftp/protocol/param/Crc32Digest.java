package dev.ferry.ftp.protocol.param;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.zip.CRC32;

/**
 * CRC-32 behind the {@link MessageDigest} interface, so that code hashing a file treats every
 * algorithm alike. The digest is the checksum's four bytes, high byte first, which is how servers
 * print it in hexadecimal.
 */
final class Crc32Digest extends MessageDigest {
  private final CRC32 crc = new CRC32();

  Crc32Digest() {
    super("CRC32");
  }

  @Override
  protected void engineUpdate(byte input) {
    crc.update(input);
  }

  @Override
  protected void engineUpdate(byte[] input, int offset, int length) {
    crc.update(input, offset, length);
  }

  @Override
  protected void engineUpdate(ByteBuffer input) {
    crc.update(input);
  }

  @Override
  protected byte[] engineDigest() {
    long value = crc.getValue();
    crc.reset();
    return new byte[] {
      (byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value
    };
  }

  @Override
  protected void engineReset() {
    crc.reset();
  }

  @Override
  protected int engineGetDigestLength() {
    return 4;
  }
}
