package dev.ferry.ftp.server.internal.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * A control connection over a TCP socket. The idle timeout is the socket's read timeout, and
 * urgent data is read inline ({@code SO_OOBINLINE}) so the Telnet Synch's Data Mark that clients
 * send before ABOR reaches the decoder (RFC 959 §4.1.3).
 */
public final class SocketControlChannel implements ControlChannel {
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final InetSocketAddress remote;
  private final InetSocketAddress local;

  /**
   * Prepares a freshly accepted socket.
   *
   * @param socket the socket
   * @param idleTimeout how long a read may block
   * @throws IOException if the socket cannot be configured
   */
  public SocketControlChannel(Socket socket, Duration idleTimeout) throws IOException {
    this.socket = socket;
    socket.setSoTimeout((int) Math.min(idleTimeout.toMillis(), Integer.MAX_VALUE));
    socket.setOOBInline(true);
    socket.setTcpNoDelay(true);
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
    this.remote = (InetSocketAddress) socket.getRemoteSocketAddress();
    this.local = (InetSocketAddress) socket.getLocalSocketAddress();
  }

  @Override
  public InetSocketAddress remoteAddress() {
    return remote;
  }

  @Override
  public InetSocketAddress localAddress() {
    return local;
  }

  @Override
  public int read(byte[] buffer) throws IOException {
    return in.read(buffer);
  }

  @Override
  public void write(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // Nothing left to release.
    }
  }
}
