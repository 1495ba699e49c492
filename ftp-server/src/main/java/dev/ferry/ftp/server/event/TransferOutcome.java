package dev.ferry.ftp.server.event;

/** How a transfer ended. */
public enum TransferOutcome {
  /** Every byte was moved and the file committed ({@code 226}). */
  COMPLETED,
  /** The client aborted it (ABOR, QUIT, a closed data connection) or it stalled ({@code 426}). */
  ABORTED,
  /** The data connection could not be opened, or storage failed ({@code 425}, 4xx, 5xx). */
  FAILED
}
