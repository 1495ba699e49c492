package dev.ferry.ftp.protocol.transfer;

import java.util.zip.Deflater;

/**
 * MODE Z, deflate mode (draft-preston-ftpext-deflate-04, as ProFTPD's mod_deflate and lftp
 * implement it): the transfer's bytes travel as one zlib stream (RFC 1950 framing around RFC 1951
 * deflate data), from the first byte of the transfer to the last. The level is what {@code OPTS
 * MODE Z LEVEL n} negotiates.
 *
 * <p>Both transforms use {@link java.util.zip}, which keeps zlib's state in native memory: close
 * them (they also free it as soon as the stream ends). The decoder's output per call is bounded by
 * the caller's buffer, so a small input that inflates to gigabytes (a "zip bomb") costs no more
 * memory than any other; a caller that wants a total limit counts what it receives. The decoder
 * rejects corrupt data, a stream that needs a preset dictionary, a stream that ends before the zlib
 * trailer, and bytes after it.
 */
public final class DeflateMode {
  /** The level zlib uses by default, a good balance of speed and size. */
  public static final int DEFAULT_LEVEL = 6;

  private DeflateMode() {}

  /**
   * Returns a new encoder at the {@linkplain #DEFAULT_LEVEL default level}.
   *
   * @return a transform from data to a zlib stream
   */
  public static ByteTransform encoder() {
    return encoder(DEFAULT_LEVEL);
  }

  /**
   * Returns a new encoder.
   *
   * @param level 0 (store only) to 9 (smallest output)
   * @return a transform from data to a zlib stream
   * @throws IllegalArgumentException if {@code level} is out of range
   */
  public static ByteTransform encoder(int level) {
    if (level < Deflater.NO_COMPRESSION || level > Deflater.BEST_COMPRESSION) {
      throw new IllegalArgumentException("deflate level must be 0 to 9: " + level);
    }
    return new DeflateEncoder(level);
  }

  /**
   * Returns a new decoder.
   *
   * @return a transform from a zlib stream to data
   */
  public static ByteTransform decoder() {
    return new InflateDecoder();
  }
}
