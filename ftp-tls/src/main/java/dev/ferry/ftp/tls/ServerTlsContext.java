package dev.ferry.ftp.tls;

import dev.ferry.ftp.tls.internal.ReloadableKeyManager;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * A server's {@link SSLContext} whose certificate and key can be replaced while it runs.
 *
 * <p>The key material comes from a loader, called once now and again on each {@link #reload()}.
 * The context itself never changes: its key manager delegates to the current material, so a
 * reload takes effect at the next handshake, established connections keep theirs, and the
 * session cache survives, which lets data connections resume control sessions made before the
 * reload (a swapped {@code SSLContext} would lose them and fail every {@link SessionReuse#REQUIRE}
 * check). Thread-safe.
 *
 * <pre>{@code
 * ServerTlsContext tls = ServerTlsContext.create(
 *     () -> KeyMaterial.fromPem(certFile, keyFile));
 * // on SIGHUP or a file-change event:
 * tls.reload(); // throws, keeping the old material, if the new files are bad
 * }</pre>
 */
public final class ServerTlsContext {
  private final Supplier<KeyMaterial> loader;
  private final SSLContext sslContext;
  private final ReloadableKeyManager keyManager;
  private final AtomicReference<KeyMaterial> current;
  private final ReentrantLock reloadLock = new ReentrantLock();

  private ServerTlsContext(Supplier<KeyMaterial> loader, TrustSource clientTrust) {
    this.loader = loader;
    KeyMaterial first = load(loader);
    this.current = new AtomicReference<>(first);
    this.keyManager = new ReloadableKeyManager(first.privateKey(), first.certificateChain());
    try {
      sslContext = SSLContext.getInstance("TLS");
      sslContext.init(
          new KeyManager[] {keyManager},
          clientTrust == null ? null : new TrustManager[] {clientTrust.trustManager()},
          new SecureRandom());
    } catch (GeneralSecurityException e) {
      throw new TlsConfigurationException("cannot create a TLS context: " + e, e);
    }
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
   * Creates a context for a server that validates client certificates with {@code clientTrust}
   * (see {@link TlsPolicy#clientAuth()}).
   *
   * @param loader loads the key material; called now and on every {@link #reload()}
   * @param clientTrust what client certificates are trusted by
   * @return the context
   * @throws TlsConfigurationException if the loader fails
   */
  public static ServerTlsContext create(Supplier<KeyMaterial> loader, TrustSource clientTrust) {
    return new ServerTlsContext(
        Objects.requireNonNull(loader, "loader"), Objects.requireNonNull(clientTrust, "clientTrust"));
  }

  private static KeyMaterial load(Supplier<KeyMaterial> loader) {
    KeyMaterial material = loader.get();
    if (material == null) {
      throw new TlsConfigurationException("the key material loader returned null");
    }
    return material;
  }

  /**
   * Returns the context. It is the same object for the life of this holder; hand it to {@link
   * ServerTls} for every listener that presents this certificate.
   *
   * @return the context
   */
  public SSLContext sslContext() {
    return sslContext;
  }

  /**
   * Returns the key material new handshakes present.
   *
   * @return the current key material
   */
  public KeyMaterial keyMaterial() {
    return current.get();
  }

  /**
   * Calls the loader again and, if it succeeds, presents the new material from the next
   * handshake on. If it fails, nothing changes and the failure is thrown.
   *
   * @return the new key material
   * @throws TlsConfigurationException (or whatever the loader throws) if loading fails
   */
  public KeyMaterial reload() {
    reloadLock.lock();
    try {
      KeyMaterial fresh = load(loader);
      keyManager.replace(fresh.privateKey(), fresh.certificateChain());
      current.set(fresh);
      return fresh;
    } finally {
      reloadLock.unlock();
    }
  }

  @Override
  public String toString() {
    return "ServerTlsContext[" + current.get() + "]";
  }
}
