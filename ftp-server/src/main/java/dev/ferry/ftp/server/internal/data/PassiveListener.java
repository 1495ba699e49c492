package dev.ferry.ftp.server.internal.data;

import dev.ferry.ftp.server.internal.diag.ServerCounters;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A socket listening for one passive data connection (PASV, EPSV). It accepts only a connection
 * from the control connection's client address, so another host cannot steal the data (RFC 2577
 * §5, "port stealing"); anyone else is disconnected and the wait goes on until the deadline.
 */
public final class PassiveListener implements Closeable {
  private static final Logger log = LoggerFactory.getLogger(PassiveListener.class);

  private final ServerSocketChannel channel;
  private final ServerCounters counters;
  private final AtomicBoolean closed = new AtomicBoolean();

  PassiveListener(ServerSocketChannel channel, ServerCounters counters) {
    this.channel = channel;
    this.counters = counters;
    counters.dataSocketOpened();
  }

  /**
   * Returns the port clients connect to.
   *
   * @return the local port
   */
  public int port() {
    return channel.socket().getLocalPort();
  }

  /**
   * Returns the address the listener is bound to.
   *
   * @return the local address
   */
  public InetAddress address() {
    return channel.socket().getInetAddress();
  }

  /**
   * Waits for the client's data connection.
   *
   * @param client the only address a connection is accepted from
   * @param timeout how long to wait in all
   * @return the connected channel, in blocking mode
   * @throws DataConnectionException if no connection from {@code client} came in time
   * @throws IOException if the listener was closed (an abort) or failed
   */
  public SocketChannel accept(InetAddress client, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
      if (remainingMillis <= 0) {
        throw DataConnectionException.cannotOpen("Timed out waiting for the data connection.",
            null);
      }
      channel.socket().setSoTimeout((int) Math.min(remainingMillis, Integer.MAX_VALUE));
      Socket socket;
      try {
        socket = channel.socket().accept();
      } catch (SocketTimeoutException e) {
        throw DataConnectionException.cannotOpen("Timed out waiting for the data connection.", e);
      }
      InetAddress peer = socket.getInetAddress();
      if (peer.equals(client)) {
        return socket.getChannel();
      }
      log.warn("Refused a data connection from {} on port {}: the client is {}", peer, port(),
          client);
      socket.close();
    }
  }

  @Override
  public void close() throws IOException {
    if (closed.compareAndSet(false, true)) {
      counters.dataSocketClosed();
      channel.close();
    }
  }

  @Override
  public String toString() {
    return "PassiveListener[" + new InetSocketAddress(address(), port()) + "]";
  }
}
