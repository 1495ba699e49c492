package dev.ferry.ftp.tls;

import dev.ferry.ftp.tls.internal.HandshakeDeadline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * The server's side of FTPS: layers TLS, in server mode, over connections the server has already
 * accepted or opened, and finishes the handshake within a deadline. Immutable and thread-safe;
 * one per listener.
 *
 * <p>Every connection is accepted (or connected) as a plain socket and upgraded here, on the
 * connection's own thread, so a slow or hostile handshake never holds up an accept loop, and a
 * stalled one is cut off after {@link #handshakeTimeout()}:
 *
 * <ul>
 *   <li>{@link #upgradeControl} after replying {@code 234} to {@code AUTH TLS} (RFC 4217 §4);
 *   <li>{@link #acceptImplicit} on an implicit-FTPS listener, before the greeting;
 *   <li>{@link #secureData} for a protected data connection, passive or active alike: the FTP
 *       server is always the TLS server (RFC 4217 §7). Check the result with {@link
 *       SessionResumption#isResumption} against the control session when {@link
 *       TlsPolicy#sessionReuse()} is not {@link SessionReuse#OFF}.
 * </ul>
 *
 * <p>All connections of one listener share one {@link SSLContext}, so data connections can resume
 * control sessions.
 */
public final class ServerTls {
  /** Enough for a handshake across the world on a poor link; far too short to park a thread. */
  public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(15);

  private final SSLContext context;
  private final TlsPolicy policy;
  private final SSLParameters parameters;
  private final Duration handshakeTimeout;

  private ServerTls(SSLContext context, TlsPolicy policy, SSLParameters parameters, Duration timeout) {
    this.context = context;
    this.policy = policy;
    this.parameters = parameters;
    this.handshakeTimeout = timeout;
  }

  /**
   * Creates the server side for a listener.
   *
   * @param context the context, usually {@link ServerTlsContext#sslContext()}
   * @param policy the listener's policy; its mode must not be {@link TlsMode#OFF}
   * @return the server side, with {@link #DEFAULT_HANDSHAKE_TIMEOUT}
   * @throws TlsConfigurationException if the mode is OFF or the JVM supports none of the policy's
   *     protocols or suites (see {@link TlsPolicy#sslParameters})
   */
  public static ServerTls create(SSLContext context, TlsPolicy policy) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(policy, "policy");
    if (policy.mode() == TlsMode.OFF) {
      throw new TlsConfigurationException("TlsPolicy.mode: is OFF, so there is no TLS to set up");
    }
    return new ServerTls(context, policy, policy.sslParameters(context), DEFAULT_HANDSHAKE_TIMEOUT);
  }

  /**
   * Returns a copy with another handshake deadline.
   *
   * @param timeout how long a whole handshake may take; positive
   * @return the changed copy
   */
  public ServerTls withHandshakeTimeout(Duration timeout) {
    return new ServerTls(context, policy, parameters, positive(timeout));
  }

  static Duration positive(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("handshake timeout must be positive: " + timeout);
    }
    return timeout;
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public TlsPolicy policy() {
    return policy;
  }

  /**
   * Returns the context all connections are layered with.
   *
   * @return the context
   */
  public SSLContext sslContext() {
    return context;
  }

  /**
   * Returns how long a handshake may take in total.
   *
   * @return the deadline
   */
  public Duration handshakeTimeout() {
    return handshakeTimeout;
  }

  /**
   * Upgrades the control connection after the {@code 234} reply to {@code AUTH TLS}.
   *
   * @param plain the connected control socket; closed with the returned socket
   * @return the TLS socket, handshake done
   * @throws java.net.SocketTimeoutException if the handshake did not finish in time (the
   *     connection is then closed)
   * @throws IOException if the handshake fails (the connection is then closed)
   */
  public SSLSocket upgradeControl(Socket plain) throws IOException {
    return layer(plain, null);
  }

  /**
   * Upgrades the control connection when the server's reader already consumed bytes past the
   * {@code AUTH TLS} line: a client that starts the handshake without waiting for {@code 234}.
   *
   * @param plain the connected control socket; closed with the returned socket
   * @param readAhead bytes read from {@code plain} after the {@code AUTH} command line
   * @return the TLS socket, handshake done
   * @throws IOException if the handshake fails or times out (the connection is then closed)
   */
  public SSLSocket upgradeControl(Socket plain, byte[] readAhead) throws IOException {
    return layer(plain, readAhead.length == 0 ? null : readAhead.clone());
  }

  /**
   * Starts TLS on a connection accepted by an implicit-FTPS listener.
   *
   * @param accepted the accepted socket; closed with the returned socket
   * @return the TLS socket, handshake done
   * @throws IOException if the handshake fails or times out, for example because the client
   *     speaks plain FTP (the connection is then closed)
   */
  public SSLSocket acceptImplicit(Socket accepted) throws IOException {
    return layer(accepted, null);
  }

  /**
   * Starts TLS on a data connection, in server mode whichever side connected.
   *
   * @param plainData the connected data socket; closed with the returned socket
   * @return the TLS socket, handshake done
   * @throws IOException if the handshake fails or times out (the connection is then closed)
   */
  public SSLSocket secureData(Socket plainData) throws IOException {
    return layer(plainData, null);
  }

  private SSLSocket layer(Socket plain, byte[] readAhead) throws IOException {
    SSLSocket socket;
    try {
      socket =
          (SSLSocket)
              context
                  .getSocketFactory()
                  .createSocket(plain, readAhead == null ? null : new ByteArrayInputStream(readAhead), true);
    } catch (IOException | RuntimeException e) {
      plain.close();
      throw e;
    }
    socket.setSSLParameters(parameters);
    handshake(socket, plain, handshakeTimeout);
    return socket;
  }

  /** Handshakes with a deadline; on expiry closes the plain socket, which unblocks the read. */
  static void handshake(SSLSocket socket, Socket plain, Duration timeout) throws IOException {
    try {
      HandshakeDeadline.run(socket::startHandshake, plain, timeout, String.valueOf(plain.getRemoteSocketAddress()));
    } catch (IOException | RuntimeException e) {
      socket.close();
      plain.close();
      throw e;
    }
  }

  @Override
  public String toString() {
    return "ServerTls[" + policy + ", handshakeTimeout=" + handshakeTimeout + "]";
  }
}
