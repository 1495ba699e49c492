package dev.ferry.ftp.server.internal.event;

import dev.ferry.ftp.server.event.FtpEvent;
import dev.ferry.ftp.server.event.FtpEventListener;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to every bound {@link FtpEventListener}, on the calling thread, in binding
 * order. A listener that throws is logged and skipped; the session never notices.
 */
@Singleton
public final class EventBus {
  private static final Logger log = LoggerFactory.getLogger(EventBus.class);

  private final List<FtpEventListener> listeners;
  private final Clock clock;

  @Inject
  EventBus(Set<FtpEventListener> listeners, Clock clock) {
    this.listeners = List.copyOf(listeners);
    this.clock = clock;
  }

  /**
   * Returns the time to stamp an event with.
   *
   * @return the server clock's instant
   */
  public Instant now() {
    return clock.instant();
  }

  /**
   * Delivers an event.
   *
   * @param event the event
   */
  public void publish(FtpEvent event) {
    for (FtpEventListener listener : listeners) {
      try {
        listener.onEvent(event);
      } catch (RuntimeException e) {
        log.warn("Event listener {} failed on {}", listener.getClass().getName(),
            event.getClass().getSimpleName(), e);
      }
    }
  }
}
