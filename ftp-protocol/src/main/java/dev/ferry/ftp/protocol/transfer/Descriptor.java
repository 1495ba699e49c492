package dev.ferry.ftp.protocol.transfer;

import java.nio.charset.StandardCharsets;

/**
 * The descriptor codes of block and compressed mode (RFC 959 §3.4.2, §3.4.3), and the rules for
 * restart markers (RFC 959 §3.4.2: printable characters of the control connection's language, no
 * space). Markers are checked strictly because a server echoes them in a {@code 110 MARK} reply.
 */
final class Descriptor {
  /** End of data block is end of record. */
  static final int EOR = 0x80;

  /** End of data block is end of file. */
  static final int EOF = 0x40;

  /** Suspected errors in data block. */
  static final int ERRORS = 0x20;

  /** Data block is a restart marker. */
  static final int RESTART = 0x10;

  private Descriptor() {}

  /** Rejects the low four bits, which RFC 959 leaves undefined. */
  static int check(int descriptor) {
    if ((descriptor & 0x0F) != 0) {
      throw new TransferEncodingException(
          "descriptor 0x%02X sets undefined bits (RFC 959 defines 128, 64, 32, 16)"
              .formatted(descriptor));
    }
    return descriptor;
  }

  /** Reads a restart marker received from the peer. */
  static String readMarker(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (!printable(bytes[i])) {
        throw new TransferEncodingException(
            "restart marker byte 0x%02X is not a printable character".formatted(bytes[i] & 0xFF));
      }
    }
    return new String(bytes, 0, length, StandardCharsets.US_ASCII);
  }

  /** Encodes a restart marker the caller wants to send. */
  static byte[] markerBytes(String marker, int maxLength) {
    byte[] bytes = marker.getBytes(StandardCharsets.US_ASCII);
    if (bytes.length == 0 || bytes.length > maxLength) {
      throw new IllegalArgumentException(
          "restart marker must have 1 to " + maxLength + " characters: \"" + marker + "\"");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (!printable(bytes[i]) || bytes[i] != marker.charAt(i)) {
        throw new IllegalArgumentException(
            "restart marker must be printable ASCII without spaces: \"" + marker + "\"");
      }
    }
    return bytes;
  }

  private static boolean printable(byte b) {
    return b > 0x20 && b < 0x7F;
  }
}
