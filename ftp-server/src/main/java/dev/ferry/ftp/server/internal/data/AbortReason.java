package dev.ferry.ftp.server.internal.data;

/** Why a transfer was stopped before its end; each reason is the text of its {@code 426}. */
public enum AbortReason {
  /** ABOR (RFC 959 §4.1.3). */
  CLIENT_ABORT("Transfer aborted."),
  /** QUIT during a transfer. */
  QUIT("Transfer aborted; closing session."),
  /** No byte moved for the stalled-transfer timeout. */
  STALLED("Transfer stalled; data connection closed."),
  /** The server is shutting down and the grace period passed. */
  SHUTDOWN("Server shutting down; transfer aborted."),
  /** The control connection ended. */
  SESSION_CLOSED("Session closed; transfer aborted.");

  private final String text;

  AbortReason(String text) {
    this.text = text;
  }

  /**
   * Returns the text of the {@code 426} reply.
   *
   * @return the text
   */
  public String text() {
    return text;
  }
}
