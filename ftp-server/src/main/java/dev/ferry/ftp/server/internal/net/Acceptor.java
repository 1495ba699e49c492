package dev.ferry.ftp.server.internal.net;

import dev.ferry.ftp.server.ListenerConfig;
import dev.ferry.ftp.server.Timeouts;
import dev.ferry.ftp.server.internal.auth.LoginService;
import dev.ferry.ftp.server.internal.control.ControlChannel;
import dev.ferry.ftp.server.internal.control.SocketControlChannel;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts control connections on one listener, on its own virtual thread. Before a session thread
 * exists, a banned address is refused and a connection permit is taken; a refused connection gets
 * {@code 421} (RFC 959 §4.2) and is closed.
 */
public final class Acceptor implements Closeable {
  private static final Logger log = LoggerFactory.getLogger(Acceptor.class);
  private static final Duration ACCEPT_FAILURE_PAUSE = Duration.ofMillis(50);

  private final ListenerConfig listener;
  private final ServerSocket serverSocket;
  private final ConnectionLimiter limiter;
  private final LoginService logins;
  private final SessionLauncher launcher;
  private final Timeouts timeouts;
  private final Thread thread;

  private Acceptor(ListenerConfig listener, ServerSocket serverSocket, ConnectionLimiter limiter,
      LoginService logins, SessionLauncher launcher, Timeouts timeouts) {
    this.listener = listener;
    this.serverSocket = serverSocket;
    this.limiter = limiter;
    this.logins = logins;
    this.launcher = launcher;
    this.timeouts = timeouts;
    this.thread = Thread.ofVirtual()
        .name("ferry-acceptor-" + serverSocket.getLocalPort())
        .unstarted(this::acceptLoop);
  }

  /**
   * Binds a listener and starts accepting.
   *
   * @param listener what to bind
   * @param limiter the session permits
   * @param logins the ban list
   * @param launcher starts sessions
   * @param timeouts the idle timeout for control connections
   * @param backlog the kernel's queue of connections not yet accepted
   * @return the running acceptor
   * @throws IOException if the address cannot be bound
   */
  public static Acceptor start(ListenerConfig listener, ConnectionLimiter limiter,
      LoginService logins, SessionLauncher launcher, Timeouts timeouts, int backlog)
      throws IOException {
    ServerSocket socket = new ServerSocket();
    try {
      socket.setReuseAddress(true);
      socket.bind(listener.socketAddress(), backlog);
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
    Acceptor acceptor = new Acceptor(listener, socket, limiter, logins, launcher, timeouts);
    acceptor.thread.start();
    log.info("Listening on {}", acceptor.address());
    return acceptor;
  }

  /**
   * Returns the bound address.
   *
   * @return address and port
   */
  public InetSocketAddress address() {
    return (InetSocketAddress) serverSocket.getLocalSocketAddress();
  }

  private void acceptLoop() {
    while (!serverSocket.isClosed()) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        if (!serverSocket.isClosed()) {
          log.warn("Accepting on {} failed", address(), e);
          pauseAfterFailure();
        }
        continue;
      }
      admit(socket);
    }
  }

  private void admit(Socket socket) {
    ControlChannel channel;
    try {
      channel = new SocketControlChannel(socket, timeouts.idle());
    } catch (IOException e) {
      closeQuietly(socket);
      return;
    }
    if (logins.isBanned(socket.getInetAddress())) {
      log.info("Refused {}: banned after failed logins", socket.getRemoteSocketAddress());
      SessionLauncher.refuse(channel, "Too many failed logins; try again later.");
      return;
    }
    Optional<ConnectionLimiter.Permit> permit = limiter.tryAcquire(socket.getInetAddress());
    if (permit.isEmpty()) {
      log.info("Refused {}: too many connections", socket.getRemoteSocketAddress());
      SessionLauncher.refuse(channel, "Too many connections; try again later.");
      return;
    }
    launcher.launch(channel, listener, permit.get());
  }

  /**
   * Stops accepting and waits for the accept thread to end.
   *
   * @throws IOException if closing the socket fails
   */
  @Override
  public void close() throws IOException {
    serverSocket.close();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Keeps a persistent failure (out of file descriptors) from spinning the loop. */
  private static void pauseAfterFailure() {
    try {
      Thread.sleep(ACCEPT_FAILURE_PAUSE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Nothing left to release.
    }
  }
}
