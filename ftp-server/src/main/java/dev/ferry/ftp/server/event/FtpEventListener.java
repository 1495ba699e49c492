package dev.ferry.ftp.server.event;

/**
 * Receives the server's {@link FtpEvent}s. Add one with a Guice multibinding:
 *
 * <pre>{@code
 * Multibinder.newSetBinder(binder(), FtpEventListener.class).addBinding().to(AuditLog.class);
 * }</pre>
 *
 * <p>Listeners are called on the session's own thread, in the order the events happen within a
 * session, and concurrently across sessions: an implementation must be thread-safe and quick (hand
 * slow work to an executor of its own). An exception it throws is logged and does not disturb the
 * session.
 */
@FunctionalInterface
public interface FtpEventListener {
  /**
   * Handles an event.
   *
   * @param event what happened; switch over its sealed type
   */
  void onEvent(FtpEvent event);
}
