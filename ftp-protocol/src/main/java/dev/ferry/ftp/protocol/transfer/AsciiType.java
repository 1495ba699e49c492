package dev.ferry.ftp.protocol.transfer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.Objects;

/**
 * TYPE A, the ASCII representation type (RFC 959 §3.1.1.1): text crosses the data connection in
 * NVT-ASCII, where every line ends with CRLF, whatever the hosts use locally.
 *
 * <p>The conversion touches line ends only. Every other byte passes through unchanged, including
 * bytes of 0x80 and above, so UTF-8 text (RFC 2640) survives. The rules are those of vsftpd 3 and
 * ProFTPD, whose conversions are the de facto standard:
 *
 * <ul>
 *   <li><b>Sending</b> (local → wire): an LF that does not follow a CR becomes CRLF; a CRLF already
 *       in the data stays CRLF (never CRCRLF, which wu-ftpd and early vsftpd sent); a CR on its own
 *       passes as it is. The same rules serve LF and CRLF files, so the encoder needs no separator.
 *   <li><b>Receiving</b> (wire → local): a CRLF becomes the local separator. A bare LF also does,
 *       since many clients send Unix text in TYPE A unconverted; a bare CR stays a CR (it ends no
 *       line in NVT-ASCII, and old Mac text would otherwise gain line breaks).
 * </ul>
 *
 * <p>So a file whose lines all end in the local separator survives a round trip byte for byte; a
 * file that mixes LF and CRLF comes back with one kind. {@link #wireSize} and {@link
 * AsciiSizeCounter} give the wire size of local data, for {@code SIZE} in TYPE A.
 */
public final class AsciiType {
  private AsciiType() {}

  /**
   * Returns a new encoder for sending: local text to NVT-ASCII.
   *
   * @return a transform from local bytes to wire bytes
   */
  public static ByteTransform encoder() {
    return new AsciiEncoder();
  }

  /**
   * Returns a new decoder for receiving: NVT-ASCII to local text.
   *
   * @param local how lines end in the local file
   * @return a transform from wire bytes to local bytes
   */
  public static ByteTransform decoder(LineSeparator local) {
    return new AsciiDecoder(Objects.requireNonNull(local, "local").bytes());
  }

  /**
   * Returns a new counter of the TYPE A wire size of local data, for data that arrives in pieces.
   *
   * @return a counter at zero
   */
  public static AsciiSizeCounter sizeCounter() {
    return new AsciiSizeCounter();
  }

  /**
   * Reads {@code channel} to its end and returns the TYPE A wire size of its bytes: the answer to
   * {@code SIZE} in ASCII mode (RFC 3659 §4). Reads only; does not close the channel.
   *
   * @param channel a blocking channel positioned at the start of the data
   * @return the number of bytes {@link #encoder()} sends for the data
   * @throws IOException if reading fails
   */
  public static long wireSize(ReadableByteChannel channel) throws IOException {
    AsciiSizeCounter counter = new AsciiSizeCounter();
    ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    while (channel.read(buffer) >= 0) {
      counter.update(buffer.flip());
      buffer.clear();
    }
    return counter.wireSize();
  }
}
