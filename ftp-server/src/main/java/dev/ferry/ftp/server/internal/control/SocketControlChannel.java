package dev.ferry.ftp.server.internal.control;

import dev.ferry.ftp.tls.ServerTls;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * A control connection over a TCP socket. The idle timeout is the socket's read timeout, and
 * urgent data is read inline ({@code SO_OOBINLINE}) so the Telnet Synch's Data Mark that clients
 * send before ABOR reaches the decoder (RFC 959 §4.1.3). {@code AUTH TLS} layers TLS over the
 * socket and {@code CCC} peels it off again; the TCP socket stays the one that is closed.
 */
public final class SocketControlChannel implements ControlChannel {
  private final Socket socket;
  private final InetSocketAddress remote;
  private final InetSocketAddress local;
  // Swapped by the session thread while the reader waits (see CommandReader); volatile so the
  // reader sees the new streams when it resumes.
  private volatile InputStream in;
  private volatile OutputStream out;
  private volatile SSLSocket tlsSocket;
  private volatile SSLSession tlsSession;

  /**
   * Prepares a freshly accepted socket.
   *
   * @param socket the socket
   * @param idleTimeout how long a read may block
   * @throws IOException if the socket cannot be configured
   */
  public SocketControlChannel(Socket socket, Duration idleTimeout) throws IOException {
    this(socket, idleTimeout, (InetSocketAddress) socket.getRemoteSocketAddress());
  }

  /**
   * Prepares a freshly accepted socket whose client is known otherwise (a PROXY protocol header).
   *
   * @param socket the socket
   * @param idleTimeout how long a read may block
   * @param client the client's address, reported as {@link #remoteAddress()}
   * @throws IOException if the socket cannot be configured
   */
  public SocketControlChannel(Socket socket, Duration idleTimeout, InetSocketAddress client)
      throws IOException {
    this.socket = socket;
    socket.setSoTimeout((int) Math.min(idleTimeout.toMillis(), Integer.MAX_VALUE));
    socket.setOOBInline(true);
    socket.setTcpNoDelay(true);
    this.in = socket.getInputStream();
    this.out = socket.getOutputStream();
    this.remote = client;
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
    OutputStream current = out;
    current.write(bytes);
    current.flush();
  }

  @Override
  public void startTls(ServerTls tls, byte[] readAhead) throws IOException {
    if (tlsSocket != null) {
      throw new IOException("TLS is already active");
    }
    int idleTimeout = socket.getSoTimeout();
    SSLSocket secured = tls.upgradeControl(socket, readAhead);
    secured.setSoTimeout(idleTimeout);
    tlsSocket = secured;
    tlsSession = secured.getSession();
    in = secured.getInputStream();
    out = secured.getOutputStream();
  }

  @Override
  public void endTls(ServerTls tls) throws IOException {
    SSLSocket secured = tlsSocket;
    if (secured == null) {
      throw new IOException("TLS is not active");
    }
    tls.clearControl(secured);
    tlsSocket = null;
    in = socket.getInputStream();
    out = socket.getOutputStream();
  }

  @Override
  public Optional<SSLSession> tlsSession() {
    return Optional.ofNullable(tlsSession);
  }

  @Override
  public void close() {
    SSLSocket secured = tlsSocket;
    if (secured != null) {
      try {
        // Never SSLSocket.close(): it may wait for the peer (docs/tls.md).
        ServerTls.closePromptly(secured);
      } catch (IOException e) {
        // The TCP close below ends the connection anyway.
      }
    }
    try {
      socket.close();
    } catch (IOException e) {
      // Nothing left to release.
    }
  }
}
