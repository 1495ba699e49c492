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
 * {@code 421} (RFC 959 §4.2) and is closed. On a listener behind a load balancer
 * ({@link ListenerConfig#proxyProtocol()}) the client is the one the PROXY header names, read first.
 */
public final class Acceptor implements Closeable {
  private static final Logger log = LoggerFactory.getLogger(Acceptor.class);
  private static final Duration ACCEPT_FAILURE_PAUSE = Duration.ofMillis(50);
  /** How long a proxied connection may take to send its PROXY header. */
  private static final Duration PROXY_HEADER_TIMEOUT = Duration.ofSeconds(10);

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
      if (listener.proxyProtocol()) {
        // The header is read on a thread of its own, so a balancer's slow connection never holds
        // up the accept loop; the thread lives at most PROXY_HEADER_TIMEOUT before the permits,
        // which need the client's address the header names.
        Thread.ofVirtual().name("ferry-proxy-header").start(() -> admitProxied(socket));
      } else {
        admit(socket, (InetSocketAddress) socket.getRemoteSocketAddress());
      }
    }
  }

  private void admitProxied(Socket socket) {
    InetSocketAddress client;
    try {
      socket.setSoTimeout((int) PROXY_HEADER_TIMEOUT.toMillis());
      client = ProxyProtocol.read(socket.getInputStream())
          .orElse((InetSocketAddress) socket.getRemoteSocketAddress());
    } catch (IOException e) {
      log.info("Refused {}: {}", socket.getRemoteSocketAddress(), e.getMessage());
      closeQuietly(socket);
      return;
    }
    admit(socket, client);
  }

  private void admit(Socket socket, InetSocketAddress client) {
    ControlChannel channel;
    try {
      channel = new SocketControlChannel(socket, timeouts.idle(), client);
    } catch (IOException e) {
      closeQuietly(socket);
      return;
    }
    if (logins.isBanned(client.getAddress())) {
      log.info("Refused {}: banned after failed logins", client);
      SessionLauncher.refuse(channel, "Too many failed logins; try again later.");
      return;
    }
    Optional<ConnectionLimiter.Permit> permit = limiter.tryAcquire(client.getAddress());
    if (permit.isEmpty()) {
      log.info("Refused {}: too many connections", client);
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
