package dev.ferry.ftp.protocol.listing;

import dev.ferry.ftp.protocol.FtpProtocolException;

/**
 * Thrown when a listing line is in none of the formats a parser was asked to read: not a Unix
 * {@code ls -l} line, not a Windows/IIS line, not EPLF, not an MLSx entry (RFC 3659 §7.2) and so
 * on. Lines that are part of a listing but describe no file ({@code total 12}, a blank line, a VMS
 * header) are not failures: the parsers return an empty result for them.
 *
 * <p>The message names the dialects tried and quotes the start of the line, so a client can log
 * it and skip that line.
 */
public final class ListingFormatException extends FtpProtocolException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was expected and what was seen
   */
  public ListingFormatException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause, for example a malformed time value inside the line.
   *
   * @param message what was expected and what was seen
   * @param cause the underlying failure
   */
  public ListingFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
