package dev.ferry.ftp.protocol.transfer;

import java.util.Objects;

/**
 * Something a block-mode or compressed-mode decoder read besides data: the end of a record, a
 * restart marker, or a warning that data may be damaged (RFC 959 §3.4.2 descriptor codes 128, 16
 * and 32). The end of file is not an event: the decoder becomes {@linkplain
 * ByteTransform#isFinished() finished}.
 *
 * <p>A decoder hands events to its listener as it reads them, in stream order, during the {@link
 * ByteTransform#transform transform} call that reads them. The {@link #offset()} places an event in
 * the data: it is the number of data bytes the decoder had produced before it, counted from the
 * start of the stream. (When a type decoder follows in a chain, offsets count the bytes between the
 * two, not the bytes that reach the file.)
 */
public sealed interface TransferEvent {

  /**
   * Returns where the event sits in the decoded data.
   *
   * @return the number of data bytes decoded before the event
   */
  long offset();

  /**
   * The end of a record (descriptor code 128): the data before {@code offset} ends a record.
   *
   * @param offset the number of data bytes decoded before the end of the record
   */
  record EndOfRecord(long offset) implements TransferEvent {}

  /**
   * A restart marker (descriptor code 16, RFC 959 §3.4.2 and §3.5). A receiving server answers it
   * on the control connection with {@code 110 MARK marker = position}, where position is its own
   * place in the file for {@code offset}.
   *
   * @param offset the number of data bytes decoded before the marker
   * @param marker the sender's marker: one or more printable ASCII characters, no space
   */
  record RestartMarker(long offset, String marker) implements TransferEvent {
    /**
     * Creates the event.
     *
     * @param offset the number of data bytes decoded before the marker
     * @param marker the sender's marker
     */
    public RestartMarker {
      Objects.requireNonNull(marker, "marker");
    }
  }

  /**
   * A warning that the following data may contain errors (descriptor code 32): the sender could not
   * read it reliably, but sent it anyway.
   *
   * @param offset the number of data bytes decoded before the suspect data
   * @param length how many bytes the warning covers
   */
  record SuspectedErrors(long offset, long length) implements TransferEvent {}
}
