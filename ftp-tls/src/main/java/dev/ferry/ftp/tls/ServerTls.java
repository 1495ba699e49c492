package dev.ferry.ftp.tls;

import dev.ferry.ftp.tls.internal.HandshakeDeadline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
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
 *       server is always the TLS server (RFC 4217 §7). It uses the {@link SSLContext} its control
 *       connection was made with, whose session cache and ticket keys let it resume the control
 *       session even after a {@link ServerTlsContext#reload()}. Check the result with {@link
 *       SessionResumption#isResumption} when {@link TlsPolicy#sessionReuse()} is not {@link
 *       SessionReuse#OFF}.
 * </ul>
 *
 * <p>Close TLS sockets with {@link #closePromptly}, not {@code close()}: see there why.
 */
public final class ServerTls {
  /** Enough for a handshake across the world on a poor link; far too short to park a thread. */
  public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(15);

  private static final byte HANDSHAKE_RECORD = 22;

  /** The control session's value naming the context that made it, for its data connections. */
  private static final String CONTEXT_KEY = "dev.ferry.ftp.tls.context";

  private final Supplier<SSLContext> contexts;
  private final TlsPolicy policy;
  private final SSLParameters parameters;
  private final Duration handshakeTimeout;

  private ServerTls(
      Supplier<SSLContext> contexts, TlsPolicy policy, SSLParameters parameters, Duration timeout) {
    this.contexts = contexts;
    this.policy = policy;
    this.parameters = parameters;
    this.handshakeTimeout = timeout;
  }

  /**
   * Creates the server side for a listener whose key material can be reloaded.
   *
   * @param keys the key material and its contexts
   * @param policy the listener's policy; its mode must not be {@link TlsMode#OFF}
   * @return the server side, with {@link #DEFAULT_HANDSHAKE_TIMEOUT}
   * @throws TlsConfigurationException if the mode is OFF or the JVM supports none of the policy's
   *     protocols or suites (see {@link TlsPolicy#sslParameters})
   */
  public static ServerTls create(ServerTlsContext keys, TlsPolicy policy) {
    Objects.requireNonNull(keys, "keys");
    return create(keys::sslContext, policy);
  }

  /**
   * Creates the server side for a listener with a fixed context made elsewhere.
   *
   * @param context the context
   * @param policy the listener's policy; its mode must not be {@link TlsMode#OFF}
   * @return the server side, with {@link #DEFAULT_HANDSHAKE_TIMEOUT}
   * @throws TlsConfigurationException if the mode is OFF or the JVM supports none of the policy's
   *     protocols or suites
   */
  public static ServerTls create(SSLContext context, TlsPolicy policy) {
    Objects.requireNonNull(context, "context");
    return create(() -> context, policy);
  }

  private static ServerTls create(Supplier<SSLContext> contexts, TlsPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    if (policy.mode() == TlsMode.OFF) {
      throw new TlsConfigurationException("TlsPolicy.mode: is OFF, so there is no TLS to set up");
    }
    SSLParameters parameters = policy.sslParameters(contexts.get());
    return new ServerTls(contexts, policy, parameters, DEFAULT_HANDSHAKE_TIMEOUT);
  }

  /**
   * Returns a copy with another handshake deadline.
   *
   * @param timeout how long a whole handshake may take; positive
   * @return the changed copy
   */
  public ServerTls withHandshakeTimeout(Duration timeout) {
    return new ServerTls(contexts, policy, parameters, positive(timeout));
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
   * @throws SSLHandshakeException if the handshake fails, including when the client sends plain
   *     text (the connection is then closed)
   * @throws IOException if the socket fails (the connection is then closed)
   */
  public SSLSocket upgradeControl(Socket plain) throws IOException {
    return control(plain, null);
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
    return control(plain, readAhead.length == 0 ? null : readAhead.clone());
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
    return control(accepted, null);
  }

  /**
   * Starts TLS on a data connection, in server mode whichever side connected, with the context
   * the control connection was made with.
   *
   * @param plainData the connected data socket; closed with the returned socket
   * @param controlSession the session of the control connection the transfer belongs to
   * @return the TLS socket, handshake done
   * @throws IOException if the handshake fails or times out (the connection is then closed)
   */
  public SSLSocket secureData(Socket plainData, SSLSession controlSession) throws IOException {
    SSLContext context =
        controlSession.getValue(CONTEXT_KEY) instanceof SSLContext made ? made : contexts.get();
    return layer(plainData, null, context);
  }

  private SSLSocket control(Socket plain, byte[] readAhead) throws IOException {
    SSLContext context = contexts.get();
    SSLSocket socket = layer(plain, readAhead, context);
    socket.getSession().putValue(CONTEXT_KEY, context);
    return socket;
  }

  /**
   * Closes a TLS socket without waiting for its peer. JSSE's {@code SSLSocket.close()} on a TLS
   * 1.3 connection waits for one more byte from the peer for up to the socket's read timeout, so
   * closing a silent or idle client's connection would block the closing thread for that long
   * again; with the read timeout cleared first, it does not wait. Sends {@code close_notify} as
   * {@code close()} does.
   *
   * @param socket the socket to close; closing a closed socket does nothing
   * @throws IOException if closing fails
   */
  public static void closePromptly(SSLSocket socket) throws IOException {
    if (socket.isClosed()) {
      return;
    }
    try {
      socket.setSoTimeout(0);
    } catch (SocketException e) {
      // Closed concurrently; close() below is then a no-op.
    }
    socket.close();
  }

  private SSLSocket layer(Socket plain, byte[] readAhead, SSLContext context) throws IOException {
    SSLSocket[] layered = new SSLSocket[1];
    try {
      HandshakeDeadline.run(
          () -> {
            byte[] consumed = readAhead != null ? readAhead : firstByte(plain);
            checkHandshakeRecord(consumed[0], plain);
            layered[0] =
                (SSLSocket)
                    context
                        .getSocketFactory()
                        .createSocket(plain, new ByteArrayInputStream(consumed), true);
            layered[0].setSSLParameters(parameters);
            layered[0].startHandshake();
          },
          plain,
          handshakeTimeout,
          peer(plain));
    } catch (IOException | RuntimeException e) {
      if (layered[0] != null) {
        layered[0].close();
      }
      plain.close();
      throw e;
    }
    return layered[0];
  }

  private static byte[] firstByte(Socket plain) throws IOException {
    int first = plain.getInputStream().read();
    if (first < 0) {
      throw new SSLHandshakeException(
          peer(plain) + " closed the connection instead of starting the TLS handshake");
    }
    return new byte[] {(byte) first};
  }

  /**
   * Every TLS connection starts with a handshake record (content type 22, RFC 8446 §5.1); a
   * letter means a client speaking plain FTP, which JSSE would only call an "unrecognized SSL
   * message".
   */
  private static void checkHandshakeRecord(byte first, Socket plain) throws SSLHandshakeException {
    if (first != HANDSHAKE_RECORD) {
      String shown =
          first >= 0x20 && first < 0x7f
              ? "'" + (char) first + "'"
              : String.format("0x%02x", first & 0xff);
      throw new SSLHandshakeException(
          peer(plain)
              + " sent "
              + shown
              + " where a TLS handshake must start: a plain-text FTP client on a TLS connection?");
    }
  }

  private static String peer(Socket socket) {
    return String.valueOf(socket.getRemoteSocketAddress());
  }

  /** Handshakes with a deadline; on expiry closes the plain socket, which unblocks the read. */
  static void handshake(SSLSocket socket, Socket plain, Duration timeout) throws IOException {
    try {
      HandshakeDeadline.run(socket::startHandshake, plain, timeout, peer(plain));
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
