package dev.ferry.ftp.server.internal.session;

import dev.ferry.ftp.server.internal.control.ControlChannel;
import dev.ferry.ftp.tls.ServerTls;
import dev.ferry.ftp.tls.TlsMode;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

/**
 * What a session can do with TLS (RFC 4217): its listener's {@link ServerTls}, if any, and the
 * control channel to secure. Also the hand-over between the session's reader and its loop around
 * a channel switch: the reader stops after an {@code AUTH} or {@code CCC} line (leaving any bytes
 * it read past it here), and waits until the loop has run the command and says whether the
 * channel changed.
 */
public final class ControlSecurity {
  private static final byte[] NOTHING = new byte[0];

  private final ControlChannel channel;
  private final ServerTls tls;
  private final BlockingQueue<Boolean> switched = new ArrayBlockingQueue<>(1);
  private final AtomicBoolean reuseWarned = new AtomicBoolean();
  private volatile byte[] readAhead = NOTHING;

  /**
   * Creates the security of one session.
   *
   * @param channel the control channel
   * @param tls the listener's TLS, or {@code null} for a plain listener
   */
  public ControlSecurity(ControlChannel channel, ServerTls tls) {
    this.channel = channel;
    this.tls = tls;
  }

  /**
   * Returns the listener's TLS.
   *
   * @return the TLS setup, or empty on a plain listener
   */
  public Optional<ServerTls> tls() {
    return Optional.ofNullable(tls);
  }

  /**
   * Tells whether {@code AUTH TLS} is offered: an explicit listener.
   *
   * @return whether the listener is explicit FTPS
   */
  public boolean explicit() {
    return tls != null && tls.policy().mode() == TlsMode.EXPLICIT;
  }

  /**
   * Tells whether the listener is implicit FTPS: TLS starts before the greeting.
   *
   * @return whether the listener is implicit FTPS
   */
  public boolean implicit() {
    return tls != null && tls.policy().mode() == TlsMode.IMPLICIT;
  }

  /**
   * Starts TLS on the control channel, consuming the bytes the reader read ahead.
   *
   * @throws IOException if the handshake fails; the connection is then closed
   */
  public void startTls() throws IOException {
    byte[] ahead = readAhead;
    readAhead = NOTHING;
    channel.startTls(requireTls(), ahead);
  }

  /**
   * Returns the control channel to clear text ({@code CCC}).
   *
   * @throws IOException if the client did not end TLS cleanly
   */
  public void endTls() throws IOException {
    channel.endTls(requireTls());
  }

  /**
   * Returns the TLS session of the control connection, which protected data connections must
   * resume.
   *
   * @return the session, or empty before TLS
   */
  public Optional<SSLSession> controlSession() {
    return channel == null ? Optional.empty() : channel.tlsSession();
  }

  /**
   * Returns the client's certificate on the control connection, as the listener's TLS verified it
   * (see {@code ClientAuth}).
   *
   * @return the client's own certificate, or empty before TLS or when the client sent none
   */
  public Optional<X509Certificate> clientCertificate() {
    return controlSession().flatMap(session -> {
      try {
        return session.getPeerCertificates()[0] instanceof X509Certificate certificate
            ? Optional.of(certificate)
            : Optional.empty();
      } catch (SSLPeerUnverifiedException e) {
        return Optional.empty();
      }
    });
  }

  /**
   * Claims the one warning per session about a data connection that did not resume.
   *
   * @return {@code true} the first time only
   */
  public boolean claimReuseWarning() {
    return reuseWarned.compareAndSet(false, true);
  }

  /**
   * Called by the reader after an {@code AUTH} or {@code CCC} line: waits until the loop has run
   * the command.
   *
   * @return whether the channel changed (the reader then drops what it still holds)
   * @throws InterruptedException if the session ended meanwhile
   */
  public boolean awaitSwitch() throws InterruptedException {
    return switched.take();
  }

  /**
   * Keeps the bytes the reader read past an {@code AUTH} line, before the line reaches the loop.
   *
   * @param ahead the bytes
   */
  public void readAhead(byte[] ahead) {
    this.readAhead = ahead.clone();
  }

  /**
   * Called by the loop once an {@code AUTH} or {@code CCC} command has run: lets the reader go on.
   *
   * @param changed whether the channel changed
   */
  public void switchDone(boolean changed) {
    readAhead = NOTHING;
    switched.offer(changed);
  }

  private ServerTls requireTls() throws IOException {
    if (tls == null) {
      throw new IOException("This listener has no TLS");
    }
    return tls;
  }
}
