package dev.ferry.ftp.tls;

import dev.ferry.ftp.tls.internal.ClearControl;
import dev.ferry.ftp.tls.internal.HandshakeDeadline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * The server's side of FTPS: layers TLS, in server mode, over connections the server has already
 * accepted or opened, and finishes the handshake within a deadline. Immutable and thread-safe; one
 * per listener.
 *
 * <p>Every connection is accepted (or connected) as a plain socket and upgraded here, on the
 * connection's own thread, so a slow or hostile handshake never holds up an accept loop, and a
 * stalled one is cut off after {@link #handshakeTimeout()}:
 *
 * <ul>
 *   <li>{@link #upgradeControl} after replying {@code 234} to {@code AUTH TLS} (RFC 4217);
 *   <li>{@link #acceptImplicit} on an implicit-FTPS listener, before the greeting;
 *   <li>{@link #secureData} for a protected data connection, passive or active alike: the FTP
 *       server is always the TLS server (RFC 4217). It uses the {@link SSLContext} its control
 *       connection was made with, whose session cache and ticket keys let it resume the control
 *       session even after a {@link ServerTlsContext#reload()}. Check the result with {@link
 *       SessionResumption#isResumption} when {@link TlsPolicy#sessionReuse()} is not {@link
 *       SessionReuse#OFF}.
 * </ul>
 *
 * <p>Close TLS sockets with {@link #closePromptly}, not {@code close()}: see there why. Control
 * sockets do not own their plain socket (so that {@link #clearControl} can return to clear text):
 * close the plain socket when the control connection ends.
 */
public final class ServerTls {
  /** Enough for a handshake across the world on a poor link; far too short to park a thread. */
  public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(15);

  private static final byte HANDSHAKE_RECORD = 22;

  /** Where contexts come from: the current one, and the one that made a given session. */
  private interface Contexts {
    SSLContext current();

    SSLContext madeSession(SSLSession session);
  }

  private final Contexts contexts;
  private final TlsPolicy policy;
  private final SSLParameters parameters;
  private final Duration handshakeTimeout;

  private ServerTls(
      Contexts contexts, TlsPolicy policy, SSLParameters parameters, Duration timeout) {
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
   * @throws TlsConfigurationException if the mode is OFF, the policy asks for client certificates
   *     but {@code keys} has no client trust, or the JVM supports none of the policy's protocols or
   *     suites (see {@link TlsPolicy#sslParameters})
   */
  public static ServerTls create(ServerTlsContext keys, TlsPolicy policy) {
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(policy, "policy");
    if (policy.clientAuth() != ClientAuth.NONE && !keys.verifiesClients()) {
      // Without trusted issuers JSSE would fall back to the JDK's CA list: any certificate a
      // public CA ever issued would pass.
      throw new TlsConfigurationException(
          "TlsPolicy.clientAuth: "
              + policy.clientAuth()
              + " needs the issuers client certificates are trusted by: "
              + "ServerTlsContext.create(loader, clientTrust)");
    }
    return create(
        new Contexts() {
          @Override
          public SSLContext current() {
            return keys.sslContext();
          }

          @Override
          public SSLContext madeSession(SSLSession session) {
            return keys.sslContext(session);
          }
        },
        policy);
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
    return create(
        new Contexts() {
          @Override
          public SSLContext current() {
            return context;
          }

          @Override
          public SSLContext madeSession(SSLSession session) {
            return context;
          }
        },
        policy);
  }

  private static ServerTls create(Contexts contexts, TlsPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    if (policy.mode() == TlsMode.OFF) {
      throw new TlsConfigurationException("TlsPolicy.mode: is OFF, so there is no TLS to set up");
    }
    SSLParameters parameters = policy.sslParameters(contexts.current());
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
   * <p>Closing the returned socket ends TLS but leaves {@code plain} open, so that {@link
   * #clearControl} can return the connection to clear text: close {@code plain} when the connection
   * ends (after {@link #closePromptly} for a tidy TLS close).
   *
   * @param plain the connected control socket; stays open when the returned socket is closed
   * @return the TLS socket, handshake done
   * @throws java.net.SocketTimeoutException if the handshake did not finish in time (the connection
   *     is then closed)
   * @throws SSLHandshakeException if the handshake fails, including when the client sends plain
   *     text (the connection is then closed)
   * @throws IOException if the socket fails (the connection is then closed)
   */
  public SSLSocket upgradeControl(Socket plain) throws IOException {
    return control(plain, null);
  }

  /**
   * Upgrades the control connection when the server's reader already consumed bytes past the {@code
   * AUTH TLS} line: a client that starts the handshake without waiting for {@code 234}.
   *
   * @param plain the connected control socket; stays open when the returned socket is closed
   * @param readAhead bytes read from {@code plain} after the {@code AUTH} command line
   * @return the TLS socket, handshake done
   * @throws IOException if the handshake fails or times out (the connection is then closed)
   */
  public SSLSocket upgradeControl(Socket plain, byte[] readAhead) throws IOException {
    return control(plain, readAhead.length == 0 ? null : readAhead.clone());
  }

  /**
   * Starts TLS on a connection accepted by an implicit-FTPS listener. As with {@link
   * #upgradeControl(Socket)}, closing the returned socket leaves {@code accepted} open.
   *
   * @param accepted the accepted socket; stays open when the returned socket is closed
   * @return the TLS socket, handshake done
   * @throws IOException if the handshake fails or times out, for example because the client speaks
   *     plain FTP (the connection is then closed)
   */
  public SSLSocket acceptImplicit(Socket accepted) throws IOException {
    return control(accepted, null);
  }

  /**
   * Starts TLS on a data connection, in server mode whichever side connected, with the context the
   * control connection was made with.
   *
   * @param plainData the connected data socket; closed with the returned socket
   * @param controlSession the session of the control connection the transfer belongs to
   * @return the TLS socket, handshake done
   * @throws IOException if the handshake fails or times out (the connection is then closed)
   */
  public SSLSocket secureData(Socket plainData, SSLSession controlSession) throws IOException {
    return layer(plainData, null, contexts.madeSession(controlSession), true);
  }

  /**
   * Returns the control connection to clear text after the {@code 200} reply to {@code CCC} (RFC
   * 4217): sends {@code close_notify} and reads the client's, within {@link #handshakeTimeout()}.
   * Continue on the plain socket; the control session stays the one data connections are checked
   * against.
   *
   * @param control a socket from {@link #upgradeControl} or {@link #acceptImplicit}
   * @throws java.net.SocketTimeoutException if the client did not end TLS in time
   * @throws IOException if the connection fails
   */
  public void clearControl(SSLSocket control) throws IOException {
    ClearControl.clear(control, handshakeTimeout);
  }

  private SSLSocket control(Socket plain, byte[] readAhead) throws IOException {
    return layer(plain, readAhead, contexts.current(), false);
  }

  /**
   * Closes a TLS socket, sending {@code close_notify}, without waiting for its peer. Use it rather
   * than {@code close()}: JSSE's {@code close()} may wait for the peer for as long as the socket's
   * read timeout allows, and without one for ever. On a TLS 1.3 connection it waits for one more
   * byte; on a control socket (which does not own its plain socket, so that CCC can work) over TLS
   * 1.2 it waits for the peer's {@code close_notify}. A server closing an idle client's connection
   * must not block for another idle period, or at all. It sends {@code close_notify} alone, never
   * the {@code user_canceled} that JSSE's {@code close()} puts before it on TLS 1.3. For a control
   * socket, close the plain socket afterwards.
   *
   * @param socket the socket to close; closing a closed socket does nothing
   * @throws IOException if closing fails
   */
  public static void closePromptly(SSLSocket socket) throws IOException {
    if (socket.isClosed()) {
      return;
    }
    try {
      socket.setSoTimeout(1);
    } catch (SocketException e) {
      // Closed concurrently; close() below is then a no-op.
    }
    // close_notify alone first: close() on TLS 1.3 would send user_canceled before it, which
    // GnuTLS (lftp) reports as a fatal alert.
    try {
      socket.shutdownOutput();
    } catch (IOException e) {
      // Closed or broken concurrently: close() below tidies what is left.
    }
    try {
      socket.close();
    } catch (SocketTimeoutException e) {
      // JSSE waited 1 ms for the peer's close_notify; ours has been sent, and TLS is closed.
    }
  }

  /**
   * Ends a data connection whose transfer is complete, the way every client takes it well: sends
   * {@code close_notify} alone and the TCP FIN after it, reads and drops what the peer still sends
   * until its {@code close_notify} or end of stream (at most {@code timeout}), then closes.
   *
   * <p>Why not {@code close()}: on a TLS 1.3 connection whose peer has not sent {@code
   * close_notify} yet (every download), JSSE sends {@code user_canceled} before {@code
   * close_notify}, which GnuTLS clients (lftp) report as a fatal alert; and closing TCP at once
   * makes the kernel answer the client's own {@code close_notify} with a reset, which Python's
   * {@code ssl.unwrap()} (ftplib) reports as an error. Waiting for the peer ends both.
   *
   * @param socket a data connection's socket, which owns its plain socket; closing a closed socket
   *     does nothing
   * @param timeout how long to wait for the peer's end
   * @throws IOException if closing fails
   */
  public static void closeGracefully(SSLSocket socket, Duration timeout) throws IOException {
    if (socket.isClosed()) {
      return;
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      socket.shutdownOutput();
      if (!socket.isInputShutdown()) {
        InputStream input = socket.getInputStream();
        byte[] sink = new byte[4096];
        long left;
        while ((left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) > 0) {
          socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
          if (input.read(sink) < 0) {
            break;
          }
        }
      }
    } catch (IOException e) {
      // A timeout, a reset or a peer gone: its end is its own business; ours has been sent.
    } finally {
      closePromptly(socket);
    }
  }

  private SSLSocket layer(Socket plain, byte[] readAhead, SSLContext context, boolean autoClose)
      throws IOException {
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
                        .createSocket(plain, new ByteArrayInputStream(consumed), autoClose);
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
   * Every TLS connection starts with a handshake record (content type 22, RFC 8446 §5.1); a letter
   * means a client speaking plain FTP, which JSSE would only call an "unrecognized SSL message".
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
