package dev.ferry.ftp.protocol.transfer;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * MODE C, compressed mode (RFC 959 §3.4.3): the data is cut into units of three kinds, and control
 * information travels in a two-byte escape.
 *
 * <pre>
 *   0nnnnnnn d(1) … d(n)     n data bytes as they are (1–127)
 *   10nnnnnn d               the byte d, n times (RFC 959 gives no range; n = 0 is rejected)
 *   11nnnnnn                 n filler bytes (n = 0 is rejected)
 *   00000000 descriptor      an escape: the descriptor codes of block mode
 * </pre>
 *
 * <p>The filler depends on the representation type: a space for ASCII (0x20) and EBCDIC (0x40), a
 * zero byte for image and local byte types (see {@link Filler}).
 *
 * <p>RFC 959 says an escape's descriptor "applies to the succeeding string of bytes". This codec
 * reads it as block mode's flags applied at that point: EOF ({@code 0x00 0x40}) ends the file, EOR
 * ({@code 0x00 0x80}) ends the record there, a restart marker ({@code 0x00 0x10}) is carried in the
 * byte string that follows ({@code 0nnnnnnn} + marker), and the suspect-data flag ({@code 0x00
 * 0x20}) covers the next data unit.
 *
 * <p>The {@linkplain #encoder encoder} replicates runs of three or more equal bytes and sends runs
 * of two or more filler bytes as filler units, packing everything else into byte strings of up to
 * 127 bytes; a run may span any number of {@code transform} calls. It ends with an EOF escape. The
 * {@linkplain #decoder decoder} is strict: it rejects counts of zero, undefined descriptor bits, a
 * restart marker that is not a byte string, a stream that ends without the EOF escape or inside a
 * unit, and any byte after the EOF escape.
 */
public final class CompressedMode {

  /** The filler byte of a representation type (RFC 959 §3.4.3). */
  public enum Filler {
    /** ASCII space, 0x20: TYPE A. */
    ASCII(0x20),
    /** EBCDIC space, 0x40: TYPE E. */
    EBCDIC(0x40),
    /** Zero: TYPE I and TYPE L. */
    ZERO(0x00);

    private final byte value;

    Filler(int value) {
      this.value = (byte) value;
    }

    /**
     * Returns the byte a filler unit stands for.
     *
     * @return the filler byte
     */
    public byte value() {
      return value;
    }
  }

  private CompressedMode() {}

  /**
   * Returns a new encoder.
   *
   * @param filler the filler of the transfer's representation type
   * @return a transform from data to compressed units
   */
  public static FramingEncoder encoder(Filler filler) {
    return new CompressedEncoder(Objects.requireNonNull(filler, "filler").value);
  }

  /**
   * Returns a new decoder that ignores events (record ends, restart markers, error warnings).
   *
   * @param filler the filler of the transfer's representation type
   * @return a transform from compressed units to data
   */
  public static ByteTransform decoder(Filler filler) {
    return decoder(filler, event -> {});
  }

  /**
   * Returns a new decoder.
   *
   * @param filler the filler of the transfer's representation type
   * @param events receives record ends, restart markers and error warnings as they are read
   * @return a transform from compressed units to data
   */
  public static ByteTransform decoder(Filler filler, Consumer<? super TransferEvent> events) {
    return new CompressedDecoder(
        Objects.requireNonNull(filler, "filler").value, Objects.requireNonNull(events, "events"));
  }
}
