package dev.ferry.ftp.server.internal.command;

import dev.ferry.ftp.server.internal.data.AbortReason;
import dev.ferry.ftp.server.internal.session.SessionContext;
import java.time.Duration;

/** Aborting the running transfer, shared by ABOR and QUIT. */
final class Aborts {
  /** How long to wait for an aborted transfer's {@code 426}; its sockets are closed already. */
  private static final Duration WAIT = Duration.ofSeconds(30);

  private Aborts() {}

  /**
   * Aborts the running transfer and waits until it sent its final reply.
   *
   * @param context the session
   * @param reason why
   * @return whether a transfer was running
   */
  static boolean abortTransfer(SessionContext context, AbortReason reason) {
    if (context.transfers().active().isEmpty()) {
      return false;
    }
    try {
      context.transfers().abort(reason, WAIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return true;
  }
}
