package dev.ferry.ftp.protocol.transfer;

import java.util.Objects;

/**
 * STRU R, record structure in stream mode (RFC 959 §3.1.2.1, §3.4.1): the file is a sequence of
 * records, and control codes behind an escape byte of all ones mark their ends. {@code 0xFF 0x01}
 * ends a record, {@code 0xFF 0x02} ends the file, {@code 0xFF 0x03} does both at once, and a data
 * byte {@code 0xFF} is sent doubled.
 *
 * <p>Hosts that keep text as lines (every Unix and Windows host) map a line to a record. These
 * transforms work on the wire form of the representation type, after its encoder and before its
 * decoder, so the line end they are given is the type's wire line end: CRLF for TYPE A, NL (0x15)
 * for TYPE E, LF for a binary type. The {@linkplain #encoder(byte[]) encoder} turns each line end
 * into an end of record (merged into {@code 0xFF 0x03} when the file ends with one) and ends the
 * file with the EOF code; the {@linkplain #decoder(byte[]) decoder} turns each end of record into
 * the line end, finishes at the EOF code, and rejects an unknown control code and a stream that
 * ends without the EOF code. Both work with an output buffer of one byte.
 *
 * <p>Block and compressed mode mark record ends in their own framing
 * ({@link FramingEncoder#endRecord()}); these transforms are for stream mode only.
 */
public final class RecordStructure {
  /** The escape byte that starts a control code. */
  static final int ESCAPE = 0xFF;
  /** The control code of an end of record. */
  static final int EOR = 0x01;
  /** The control code of the end of the file. */
  static final int EOF = 0x02;

  private RecordStructure() {}

  /**
   * Returns a new encoder: lines on the wire to records.
   *
   * @param lineEnd the type's wire line end: one or two bytes, none of them {@code 0xFF}
   * @return a transform from wire-form lines to records
   * @throws IllegalArgumentException if {@code lineEnd} is empty, longer than two bytes or holds
   *     {@code 0xFF}
   */
  public static ByteTransform encoder(byte[] lineEnd) {
    return new RecordEncoder(check(lineEnd));
  }

  /**
   * Returns a new decoder: records to lines on the wire.
   *
   * @param lineEnd the type's wire line end: one or two bytes, none of them {@code 0xFF}
   * @return a transform from records to wire-form lines
   * @throws IllegalArgumentException if {@code lineEnd} is empty, longer than two bytes or holds
   *     {@code 0xFF}
   */
  public static ByteTransform decoder(byte[] lineEnd) {
    return new RecordDecoder(check(lineEnd));
  }

  private static byte[] check(byte[] lineEnd) {
    Objects.requireNonNull(lineEnd, "lineEnd");
    if (lineEnd.length < 1 || lineEnd.length > 2) {
      throw new IllegalArgumentException("a line end has one or two bytes: " + lineEnd.length);
    }
    for (byte b : lineEnd) {
      if ((b & 0xFF) == ESCAPE) {
        throw new IllegalArgumentException("a line end cannot hold the escape byte 0xFF");
      }
    }
    return lineEnd.clone();
  }
}
