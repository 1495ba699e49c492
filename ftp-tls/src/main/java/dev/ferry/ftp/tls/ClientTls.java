package dev.ferry.ftp.tls;

import dev.ferry.ftp.tls.internal.ClearControl;
import dev.ferry.ftp.tls.internal.EngineTransport;
import dev.ferry.ftp.tls.internal.HandshakeDeadline;
import dev.ferry.ftp.tls.internal.SingleKeyManager;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * The client's side of FTPS: layers TLS, in client mode, over the control connection, and opens
 * data connections that resume the control connection's TLS session, as servers that require
 * session reuse (vsftpd's {@code require_ssl_reuse}, ProFTPD, FileZilla Server) demand. Immutable
 * and thread-safe; one instance serves any number of control connections, each with its own session
 * cache (see {@link #create(TrustSource, TlsPolicy)}).
 *
 * <h2>How data connections resume the control session</h2>
 *
 * <p>JSSE keys its client session cache by the host string and port a connection was created for. A
 * layered {@code SSLSocket} for a data connection is keyed by the data port, and never finds the
 * control session. {@link #secureData} therefore creates an {@link SSLEngine} from the same {@link
 * SSLContext} with the control session's exact host and port ({@link
 * SSLContext#createSSLEngine(String, int)}, whose documentation names this use: "hints for an
 * internal session reuse strategy"), and drives it over the plain data socket. No reflection, no
 * {@code --add-opens}.
 *
 * <p>TLS 1.3 resumes with single-use tickets: each data connection spends one and the server sends
 * a new one on it, after the handshake. A download reads it on the way; an upload must end with
 * {@link TlsDataConnection#close()}, which sends {@code close_notify} and reads the connection to
 * its end, or the client runs out of tickets by the second or third upload.
 *
 * <p>TLS 1.2 against some OpenSSL-based servers (measured: vsftpd) also needs the system property
 * {@code jdk.tls.client.enableSessionTicketExtension=false}. Such a server answers a client that
 * offers tickets with a ticket whose lifetime hint is 0, which JSSE discards (it keeps only tickets
 * of 1 second to 7 days), and with no session id, so there is nothing to resume; a client that
 * offers no ticket gets a session id, which resumes. The property is JVM-wide and read once, so set
 * it on the command line ({@code -Djdk.tls.client.enableSessionTicketExtension=false}) or before
 * any TLS use; the {@code ferry} launcher sets it. Servers that give tickets a lifetime ({@code
 * openssl s_server}: 7200 s; JSSE) resume either way, and TLS 1.3 does not need it.
 *
 * <p>Server certificates are checked against the {@link TrustSource}; with a certificate-authority
 * source the certificate must also name the host given to {@link #upgradeControl} (RFC 6125).
 */
public final class ClientTls {
  /** The control session's value naming the context that made it, for its data connections. */
  static final String CONTEXT_KEY = "dev.ferry.ftp.tls.client-context";

  private final Supplier<SSLContext> contexts;
  private final TlsPolicy policy;
  private final SSLParameters parameters;
  private final Duration handshakeTimeout;

  private ClientTls(
      Supplier<SSLContext> contexts, TlsPolicy policy, SSLParameters parameters, Duration timeout) {
    this.contexts = contexts;
    this.policy = policy;
    this.parameters = parameters;
    this.handshakeTimeout = timeout;
  }

  /**
   * Creates the client side. Each control connection gets an {@link SSLContext} of its own, which
   * its data connections share: JSSE caches client sessions by host and port, and control
   * connections to the same address (several at once, or to several servers behind one load
   * balancer) must not displace each other's sessions.
   *
   * @param trust what server certificates are trusted by
   * @param policy protocols, suites and the session-reuse rule
   * @return the client side, with {@link ServerTls#DEFAULT_HANDSHAKE_TIMEOUT}
   * @throws TlsConfigurationException if the JVM supports none of the policy's protocols or suites
   */
  public static ClientTls create(TrustSource trust, TlsPolicy policy) {
    return create(trust, null, policy);
  }

  /**
   * Creates the client side, presenting a client certificate to servers that ask for one. Each
   * control connection gets an {@link SSLContext} of its own, as with {@link #create(TrustSource,
   * TlsPolicy)}.
   *
   * @param trust what server certificates are trusted by
   * @param clientCertificate the client's key material, or {@code null} for none
   * @param policy protocols, suites and the session-reuse rule
   * @return the client side
   * @throws TlsConfigurationException if the JVM supports none of the policy's protocols or suites
   */
  public static ClientTls create(
      TrustSource trust, KeyMaterial clientCertificate, TlsPolicy policy) {
    Objects.requireNonNull(trust, "trust");
    Objects.requireNonNull(policy, "policy");
    KeyManager[] keyManagers =
        clientCertificate == null
            ? null
            : new KeyManager[] {
              new SingleKeyManager(
                  clientCertificate.privateKey(), clientCertificate.certificateChain())
            };
    TrustManager[] trustManagers = {trust.trustManager()};
    Supplier<SSLContext> contexts = () -> newContext(keyManagers, trustManagers);
    SSLParameters parameters = policy.sslParameters(contexts.get());
    if (trust.checksHostName()) {
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
    }
    return new ClientTls(contexts, policy, parameters, ServerTls.DEFAULT_HANDSHAKE_TIMEOUT);
  }

  /**
   * Creates the client side on a context made elsewhere, shared by all connections. Host names are
   * checked (RFC 6125) unless the context's trust manager is an {@code X509ExtendedTrustManager}
   * that decides otherwise. Use one such instance per control connection to a given address: a
   * shared context caches one session per host and port.
   *
   * @param context the context
   * @param policy protocols, suites and the session-reuse rule
   * @return the client side
   * @throws TlsConfigurationException if the JVM supports none of the policy's protocols or suites
   */
  public static ClientTls create(SSLContext context, TlsPolicy policy) {
    Objects.requireNonNull(context, "context");
    SSLParameters parameters = Objects.requireNonNull(policy, "policy").sslParameters(context);
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    return new ClientTls(() -> context, policy, parameters, ServerTls.DEFAULT_HANDSHAKE_TIMEOUT);
  }

  private static SSLContext newContext(KeyManager[] keyManagers, TrustManager[] trustManagers) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers, trustManagers, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new TlsConfigurationException("cannot create a TLS context: " + e, e);
    }
  }

  /**
   * Returns a copy with another handshake deadline; it also bounds how long {@link
   * TlsDataConnection#close()} waits for the server.
   *
   * @param timeout how long a whole handshake may take; positive
   * @return the changed copy
   */
  public ClientTls withHandshakeTimeout(Duration timeout) {
    return new ClientTls(contexts, policy, parameters, ServerTls.positive(timeout));
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
   * Starts TLS on the control connection: after the server's {@code 234} reply to {@code AUTH TLS},
   * or at once on an implicit-FTPS connection.
   *
   * <p>Closing the returned socket ends TLS but leaves {@code plain} open, so that {@link
   * #clearControl} can return the connection to clear text: close {@code plain} when the connection
   * ends, after {@link ServerTls#closePromptly} (whose reasons apply to clients too) for a tidy TLS
   * close.
   *
   * @param plain the connected control socket; stays open when the returned socket is closed
   * @param host the server's host name or address as the user gave it; checked against the
   *     certificate, and the key under which the session is cached for data connections
   * @return the TLS socket, handshake done
   * @throws SocketTimeoutException if the handshake did not finish in time
   * @throws IOException if the handshake fails, for example because the certificate is not trusted
   *     (the connection is then closed)
   */
  public SSLSocket upgradeControl(Socket plain, String host) throws IOException {
    Objects.requireNonNull(host, "host");
    SSLContext context = contexts.get();
    SSLSocket socket;
    try {
      // No auto-close: CCC must be able to end TLS and keep the TCP connection.
      socket =
          (SSLSocket) context.getSocketFactory().createSocket(plain, host, plain.getPort(), false);
    } catch (IOException | RuntimeException e) {
      plain.close();
      throw e;
    }
    socket.setUseClientMode(true);
    socket.setSSLParameters(parameters);
    ServerTls.handshake(socket, plain, handshakeTimeout);
    socket.getSession().putValue(CONTEXT_KEY, context);
    return socket;
  }

  /**
   * Returns the control connection to clear text after the server's {@code 200} reply to {@code
   * CCC} (RFC 4217): sends {@code close_notify} and reads the server's, within {@link
   * #handshakeTimeout()}. Continue on the plain socket; data connections still resume the control
   * session.
   *
   * @param control a socket from {@link #upgradeControl}
   * @throws SocketTimeoutException if the server did not end TLS in time
   * @throws IOException if the connection fails
   */
  public void clearControl(SSLSocket control) throws IOException {
    ClearControl.clear(control, handshakeTimeout);
  }

  /**
   * Starts TLS on a data connection, in client mode whichever side connected (RFC 4217), offering
   * the control connection's session for resumption. With {@link SessionReuse#REQUIRE} a data
   * connection that cannot resume fails here, instead of later with a {@code 522} reply.
   *
   * @param plainData the connected data socket; owned by the returned connection
   * @param control the control connection, made by {@link #upgradeControl} of this instance
   * @return the data connection, handshake done
   * @throws SocketTimeoutException if the handshake did not finish in time
   * @throws SSLHandshakeException if the handshake fails, including when {@link
   *     SessionReuse#REQUIRE} is set and no session can be resumed
   * @throws IOException if the socket fails (the connection is then closed)
   */
  public TlsDataConnection secureData(Socket plainData, SSLSocket control) throws IOException {
    SSLSession controlSession = control.getSession();
    SSLContext context =
        controlSession.getValue(CONTEXT_KEY) instanceof SSLContext made ? made : contexts.get();
    // The exact host string and port JSSE cached the control session under.
    SSLEngine engine =
        context.createSSLEngine(controlSession.getPeerHost(), controlSession.getPeerPort());
    engine.setUseClientMode(true);
    engine.setSSLParameters(parameters);
    boolean strict = policy.sessionReuse() == SessionReuse.REQUIRE;
    engine.setEnableSessionCreation(!strict);
    EngineTransport transport;
    try {
      transport = new EngineTransport(engine, plainData);
      HandshakeDeadline.run(
          transport::handshake,
          plainData,
          handshakeTimeout,
          String.valueOf(plainData.getRemoteSocketAddress()));
    } catch (SSLException e) {
      plainData.close();
      if (strict) {
        SSLHandshakeException explained =
            new SSLHandshakeException(
                "the data connection could not resume the control connection's TLS session, and"
                    + " SessionReuse.REQUIRE forbids a new one: "
                    + e.getMessage());
        explained.initCause(e);
        throw explained;
      }
      throw e;
    } catch (IOException | RuntimeException e) {
      plainData.close();
      throw e;
    }
    return new TlsDataConnection(transport, handshakeTimeout);
  }

  @Override
  public String toString() {
    return "ClientTls[" + policy + ", handshakeTimeout=" + handshakeTimeout + "]";
  }
}
