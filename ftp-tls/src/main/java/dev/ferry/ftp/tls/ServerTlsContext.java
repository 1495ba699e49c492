package dev.ferry.ftp.tls;

import dev.ferry.ftp.tls.internal.SingleKeyManager;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;

/**
 * A server's TLS context whose certificate and key can be replaced while it runs.
 *
 * <p>The key material comes from a loader, called once now and again on each {@link #reload()}.
 * Each successful reload builds a new {@link SSLContext} and swaps it in atomically: handshakes
 * that start afterwards present the new certificate, connections already established keep theirs.
 * {@link ServerTls} takes this holder, not a context, so it always layers new control connections
 * with the current context, and each data connection with the context of its control connection.
 *
 * <p>Why a new context per reload rather than one context whose key manager changes underneath:
 * JSSE (JDK 25) restores a session from a stateless ticket (its default, for TLS 1.2 and 1.3) only
 * if the key manager still returns the certificate chain the session was made with. With a changed
 * key manager, no data connection could resume a control session made before the reload, and every
 * one of them would fail a {@link SessionReuse#REQUIRE} check. A context per key generation keeps
 * those sessions resumable until their control connections end: a control session finds its own
 * context again by the certificate it presented ({@link #sslContext(SSLSession)}), among the last
 * {@value #KEPT_GENERATIONS} key generations. A reload that loads the certificate already in use
 * changes nothing, so that certificate names one context. Thread-safe.
 *
 * <pre>{@code
 * ServerTlsContext keys = ServerTlsContext.create(() -> KeyMaterial.fromPem(certFile, keyFile));
 * ServerTls tls = ServerTls.create(keys, policy);
 * // on SIGHUP or a file-change event:
 * keys.reload(); // throws, keeping the old material, if the new files are bad
 * }</pre>
 */
public final class ServerTlsContext {
  /**
   * How many key generations stay findable for the data connections of older control sessions: a
   * control connection that outlives more reloads than this gets its data connections secured with
   * the current context, which cannot resume its session.
   */
  static final int KEPT_GENERATIONS = 8;

  /** One key generation: the material and the context that presents it. */
  private record Generation(KeyMaterial material, SSLContext context) {
    boolean presented(Certificate[] chain) {
      return chain != null && Arrays.equals(chain, material.certificateChain().toArray());
    }
  }

  private final Supplier<KeyMaterial> loader;
  private final TrustSource clientTrust;
  /** Newest first, at most {@link #KEPT_GENERATIONS}. */
  private final AtomicReference<List<Generation>> generations;
  private final ReentrantLock reloadLock = new ReentrantLock();

  private ServerTlsContext(Supplier<KeyMaterial> loader, TrustSource clientTrust) {
    this.loader = loader;
    this.clientTrust = clientTrust;
    this.generations = new AtomicReference<>(List.of(generation(load())));
  }

  /**
   * Creates a context for a server that asks for no client certificates.
   *
   * @param loader loads the key material; called now and on every {@link #reload()}
   * @return the context
   * @throws TlsConfigurationException if the loader fails
   */
  public static ServerTlsContext create(Supplier<KeyMaterial> loader) {
    return new ServerTlsContext(Objects.requireNonNull(loader, "loader"), null);
  }

  /**
   * Creates a context for a server that validates client certificates with {@code clientTrust} (see
   * {@link TlsPolicy#clientAuth()}).
   *
   * @param loader loads the key material; called now and on every {@link #reload()}
   * @param clientTrust what client certificates are trusted by
   * @return the context
   * @throws TlsConfigurationException if the loader fails
   */
  public static ServerTlsContext create(Supplier<KeyMaterial> loader, TrustSource clientTrust) {
    return new ServerTlsContext(
        Objects.requireNonNull(loader, "loader"),
        Objects.requireNonNull(clientTrust, "clientTrust"));
  }

  private KeyMaterial load() {
    KeyMaterial material = loader.get();
    if (material == null) {
      throw new TlsConfigurationException("the key material loader returned null");
    }
    return material;
  }

  private Generation generation(KeyMaterial material) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(
          new KeyManager[] {
            new SingleKeyManager(material.privateKey(), material.certificateChain())
          },
          clientTrust == null ? null : new TrustManager[] {clientTrust.trustManager()},
          new SecureRandom());
      return new Generation(material, context);
    } catch (GeneralSecurityException e) {
      throw new TlsConfigurationException("cannot create a TLS context: " + e, e);
    }
  }

  /**
   * Tells whether client certificates can be verified: whether the context was created with the
   * trusted issuers of client certificates.
   *
   * @return whether a client trust source was given
   */
  boolean verifiesClients() {
    return clientTrust != null;
  }

  /**
   * Returns the context that presents the current key material. A new object after each {@link
   * #reload()}; ask again rather than keep it.
   *
   * @return the current context
   */
  public SSLContext sslContext() {
    return generations.get().get(0).context();
  }

  /**
   * Returns the context that made a session: the one whose certificate the session presented, or
   * the current context when that generation is no longer kept. Ticket keys and the session cache
   * belong to a context, so only that one can resume the session.
   *
   * <p>The context is found from the session's own certificate rather than from a value bound to
   * the session: JSSE cannot put a session with bound values into a stateless ticket, and falls
   * back to single-use cached tickets (measured on JDK 25, and the cause of lftp's failures over
   * TLS 1.3).
   *
   * @param session a session this context's connections made
   * @return its context
   */
  SSLContext sslContext(SSLSession session) {
    Certificate[] chain = session.getLocalCertificates();
    for (Generation generation : generations.get()) {
      if (generation.presented(chain)) {
        return generation.context();
      }
    }
    return sslContext();
  }

  /**
   * Returns the key material new handshakes present.
   *
   * @return the current key material
   */
  public KeyMaterial keyMaterial() {
    return generations.get().get(0).material();
  }

  /**
   * Calls the loader again and, if it succeeds, presents the new material from the next handshake
   * on. If it fails, nothing changes and the failure is thrown.
   *
   * @return the new key material
   * @throws TlsConfigurationException (or whatever the loader throws) if loading fails
   */
  public KeyMaterial reload() {
    reloadLock.lock();
    try {
      KeyMaterial material = load();
      List<Generation> kept = generations.get();
      if (kept.get(0).presented(material.certificateChain().toArray(Certificate[]::new))) {
        return kept.get(0).material();
      }
      List<Generation> next = new ArrayList<>(KEPT_GENERATIONS);
      next.add(generation(material));
      next.addAll(kept.subList(0, Math.min(kept.size(), KEPT_GENERATIONS - 1)));
      generations.set(List.copyOf(next));
      return material;
    } finally {
      reloadLock.unlock();
    }
  }

  @Override
  public String toString() {
    return "ServerTlsContext[" + keyMaterial() + "]";
  }
}
