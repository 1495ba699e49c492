package dev.ferry.ftp.server.internal;

import dev.ferry.ftp.server.ServerConfig;
import dev.ferry.ftp.server.ServerMetrics;
import dev.ferry.ftp.server.ListenerConfig;
import dev.ferry.ftp.server.internal.auth.BackendRegistry;
import dev.ferry.ftp.server.internal.auth.LoginService;
import dev.ferry.ftp.server.internal.diag.ServerCounters;
import dev.ferry.ftp.server.internal.dispatch.CommandRegistry;
import dev.ferry.ftp.server.internal.event.MetricsListener;
import dev.ferry.ftp.server.internal.net.Acceptor;
import dev.ferry.ftp.server.internal.net.ConnectionLimiter;
import dev.ferry.ftp.server.internal.net.SessionLauncher;
import dev.ferry.ftp.server.internal.net.SessionRegistry;
import dev.ferry.ftp.server.internal.transfer.StallWatchdog;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running server: its acceptors and everything closeable it owns (sessions, the stall
 * watchdog, the storage backends). {@code FtpServer} is its public face.
 */
@Singleton
public final class ServerEngine {
  private static final Logger log = LoggerFactory.getLogger(ServerEngine.class);

  private enum State { NEW, RUNNING, CLOSED }

  private final ServerConfig config;
  private final ConnectionLimiter limiter;
  private final LoginService logins;
  private final SessionLauncher launcher;
  private final SessionRegistry sessions;
  private final BackendRegistry backends;
  private final StallWatchdog watchdog;
  private final ServerCounters counters;
  private final MetricsListener metrics;
  private final ReentrantLock lock = new ReentrantLock();
  private final List<Acceptor> acceptors = new ArrayList<>();
  private State state = State.NEW;

  @Inject
  ServerEngine(ServerConfig config, ConnectionLimiter limiter, LoginService logins,
      SessionLauncher launcher, SessionRegistry sessions, BackendRegistry backends,
      StallWatchdog watchdog, ServerCounters counters, MetricsListener metrics,
      CommandRegistry registry) {
    // The registry is injected only to build it now: a verb bound twice fails here, not later.
    this.config = config;
    this.limiter = limiter;
    this.logins = logins;
    this.launcher = launcher;
    this.sessions = sessions;
    this.backends = backends;
    this.watchdog = watchdog;
    this.counters = counters;
    this.metrics = metrics;
    log.debug("{} commands registered", registry.specs().size());
  }

  /**
   * Binds every listener and starts accepting.
   *
   * @throws IOException if a listener cannot be bound; the others are closed again
   * @throws IllegalStateException if already started or closed
   */
  public void start() throws IOException {
    lock.lock();
    try {
      if (state != State.NEW) {
        throw new IllegalStateException(
            "the server was already " + state.name().toLowerCase(Locale.ROOT));
      }
      try {
        for (ListenerConfig listener : config.listeners()) {
          acceptors.add(Acceptor.start(listener, limiter, logins, launcher, config.timeouts(),
              config.limits().acceptBacklog()));
        }
      } catch (IOException | RuntimeException e) {
        closeAcceptors();
        throw e;
      }
      state = State.RUNNING;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns the bound addresses, in listener order.
   *
   * @return the addresses
   * @throws IllegalStateException unless running
   */
  public List<InetSocketAddress> addresses() {
    lock.lock();
    try {
      if (state != State.RUNNING) {
        throw new IllegalStateException("the server is not running");
      }
      return acceptors.stream().map(Acceptor::address).toList();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Stops gracefully: no new connection; running transfers get the shutdown grace period; then
   * every session is sent {@code 421} and closed; then the backends are closed. Idempotent.
   */
  public void close() {
    lock.lock();
    try {
      if (state == State.CLOSED) {
        return;
      }
      state = State.CLOSED;
      closeAcceptors();
      sessions.shutdown(config.timeouts().shutdownGrace());
      watchdog.close();
      backends.close();
      log.info("Server stopped");
    } finally {
      lock.unlock();
    }
  }

  /**
   * Returns the live resource counts, for tests and diagnostics.
   *
   * @return the counters
   */
  public ServerCounters counters() {
    return counters;
  }

  /**
   * Returns the counters and gauges for {@code FtpServer.metrics()}.
   *
   * @return a snapshot
   */
  public ServerMetrics metrics() {
    return metrics.snapshot();
  }

  private void closeAcceptors() {
    for (Acceptor acceptor : acceptors) {
      try {
        acceptor.close();
      } catch (IOException e) {
        log.warn("Closing a listener failed", e);
      }
    }
    acceptors.clear();
  }
}
