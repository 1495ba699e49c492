package dev.ferry.ftp.protocol.transfer;

/**
 * The encoder of a transmission mode that carries control information next to the data: block mode
 * and compressed mode (RFC 959 §3.4.2, §3.4.3). Beyond {@link #transform transform}, which writes
 * the end-of-file marker when the input ends, it can mark the end of a record (for record
 * structure, {@code STRU R}) and send restart markers.
 *
 * <p>Both methods act at the current point of the stream: after every byte that {@link #transform
 * transform} has consumed so far and before every byte it consumes later. The encoder writes the
 * marker on its next {@code transform} call, so call that even when no data follows.
 */
public interface FramingEncoder extends ByteTransform {

  /**
   * Ends the current record.
   *
   * @throws IllegalStateException if the input has ended, or if a block is partly written (block
   *     mode announces a block's length in its header, so call this only after a {@code transform}
   *     call that consumed all its input)
   */
  void endRecord();

  /**
   * Sends a restart marker (RFC 959 §3.4.2): the receiver answers with {@code 110 MARK}, and the
   * sender may later resume from here with {@code REST marker}.
   *
   * @param marker one or more printable ASCII characters without space; at most 65535 in block
   *     mode, 127 in compressed mode
   * @throws IllegalArgumentException if the marker is empty, too long, or not printable ASCII
   * @throws IllegalStateException in the same cases as {@link #endRecord()}
   */
  void restartMarker(String marker);
}
