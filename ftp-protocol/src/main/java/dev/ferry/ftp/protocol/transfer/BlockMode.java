package dev.ferry.ftp.protocol.transfer;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * MODE B, block mode (RFC 959 §3.4.2): data travels in blocks, each behind a three-byte header of a
 * descriptor byte and a 16-bit byte count.
 *
 * <pre>
 *   +----------------+----------------+----------------+
 *   |   Descriptor   |          Byte Count             |
 *   |    8 bits      |           16 bits               |
 *   +----------------+----------------+----------------+
 * </pre>
 *
 * The descriptor's bits: 128 the block ends a record, 64 the block ends the file, 32 the data may
 * contain errors, 16 the block is a restart marker. The low four bits are undefined and rejected.
 *
 * <p>The {@linkplain #encoder(int) encoder} writes the data it is given as blocks of at most the
 * configured size (a block never waits for more input: each {@code transform} call frames what it
 * holds), puts the EOF flag on the last block, or sends an empty EOF block when the input ends at a
 * block boundary; it sends record ends and restart markers as empty EOR blocks and marker blocks.
 * The {@linkplain #decoder(Consumer) decoder} delivers the data, reports record ends, restart
 * markers and suspect blocks as {@link TransferEvent}s, finishes at the EOF flag, and rejects a
 * stream that ends without one, inside a header or a block, and any byte after it. It holds a
 * restart marker in memory until the marker is complete: at most 65535 bytes, the count's limit.
 */
public final class BlockMode {
  /** The largest block: the byte count is 16 bits. */
  public static final int MAX_BLOCK_SIZE = 0xFFFF;

  private BlockMode() {}

  /**
   * Returns a new encoder that writes blocks of up to {@link #MAX_BLOCK_SIZE} bytes.
   *
   * @return a transform from data to blocks
   */
  public static FramingEncoder encoder() {
    return encoder(MAX_BLOCK_SIZE);
  }

  /**
   * Returns a new encoder.
   *
   * @param blockSize the most data bytes in one block, 1 to {@link #MAX_BLOCK_SIZE}
   * @return a transform from data to blocks
   * @throws IllegalArgumentException if {@code blockSize} is out of range
   */
  public static FramingEncoder encoder(int blockSize) {
    if (blockSize < 1 || blockSize > MAX_BLOCK_SIZE) {
      throw new IllegalArgumentException(
          "block size must be 1 to " + MAX_BLOCK_SIZE + ": " + blockSize);
    }
    return new BlockEncoder(blockSize);
  }

  /**
   * Returns a new decoder that ignores events (record ends, restart markers, error warnings).
   *
   * @return a transform from blocks to data
   */
  public static ByteTransform decoder() {
    return decoder(event -> {});
  }

  /**
   * Returns a new decoder.
   *
   * @param events receives record ends, restart markers and error warnings as they are read
   * @return a transform from blocks to data
   */
  public static ByteTransform decoder(Consumer<? super TransferEvent> events) {
    return new BlockDecoder(Objects.requireNonNull(events, "events"));
  }
}
