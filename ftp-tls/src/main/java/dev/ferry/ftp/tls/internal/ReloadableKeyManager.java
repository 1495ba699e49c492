package dev.ferry.ftp.tls.internal;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * A key manager that presents whichever key and chain it holds now: {@link #replace} swaps them
 * atomically, and every {@code SSLContext} built on this manager uses the new ones from its next
 * handshake on. Connections already established keep their session (and so their certificate),
 * and, because the {@code SSLContext} and its session cache survive, data connections can still
 * resume a control session made before the swap.
 *
 * <p>JSSE chooses an alias first and asks for its key and chain afterwards. Each generation of
 * material gets its own alias, and the previous generation stays reachable, so a swap between the
 * two calls cannot pair one generation's key with another's chain.
 */
public final class ReloadableKeyManager extends X509ExtendedKeyManager {
  private static final String ALIAS_PREFIX = "ferry-";

  /**
   * One generation of key material.
   *
   * @param alias the alias JSSE sees
   * @param key the private key
   * @param chain the chain, the key's certificate first
   */
  private record Generation(String alias, PrivateKey key, X509Certificate[] chain) {}

  /** The current generation and the one before it (or null). */
  private record State(long number, Generation current, Generation previous) {}

  private final AtomicReference<State> state;

  /**
   * Creates the manager holding a first key and chain.
   *
   * @param key the private key
   * @param chain the chain, the key's certificate first
   */
  public ReloadableKeyManager(PrivateKey key, List<X509Certificate> chain) {
    state = new AtomicReference<>(new State(0, generation(0, key, chain), null));
  }

  /**
   * Presents {@code key} and {@code chain} from the next handshake on.
   *
   * @param key the private key
   * @param chain the chain, the key's certificate first
   */
  public void replace(PrivateKey key, List<X509Certificate> chain) {
    state.updateAndGet(
        old -> new State(old.number() + 1, generation(old.number() + 1, key, chain), old.current()));
  }

  private static Generation generation(long number, PrivateKey key, List<X509Certificate> chain) {
    return new Generation(ALIAS_PREFIX + number, key, chain.toArray(X509Certificate[]::new));
  }

  private String alias(String keyType) {
    Generation current = state.get().current();
    return keyType != null && matches(keyType, current.key().getAlgorithm()) ? current.alias() : null;
  }

  private String[] aliases(String keyType) {
    String alias = alias(keyType);
    return alias == null ? null : new String[] {alias};
  }

  /** JSSE asks by key type: "EC", "RSA", "RSASSA-PSS", "EdDSA", …; keys say "EC", "RSA", …. */
  private static boolean matches(String keyType, String keyAlgorithm) {
    return keyType.equals(keyAlgorithm)
        || (keyType.equals("EdDSA") && keyAlgorithm.startsWith("Ed"))
        || (keyType.equals("EC") && keyAlgorithm.equals("ECDSA"));
  }

  private Generation find(String alias) {
    State now = state.get();
    if (now.current().alias().equals(alias)) {
      return now.current();
    }
    if (now.previous() != null && now.previous().alias().equals(alias)) {
      return now.previous();
    }
    return null;
  }

  @Override
  public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
    return alias(keyType);
  }

  @Override
  public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
    return alias(keyType);
  }

  @Override
  public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
    return chooseClient(keyTypes);
  }

  @Override
  public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
    return chooseClient(keyTypes);
  }

  private String chooseClient(String[] keyTypes) {
    if (keyTypes != null) {
      for (String keyType : keyTypes) {
        String alias = alias(keyType);
        if (alias != null) {
          return alias;
        }
      }
    }
    return null;
  }

  @Override
  public String[] getServerAliases(String keyType, Principal[] issuers) {
    return aliases(keyType);
  }

  @Override
  public String[] getClientAliases(String keyType, Principal[] issuers) {
    return aliases(keyType);
  }

  @Override
  public X509Certificate[] getCertificateChain(String alias) {
    Generation generation = find(alias);
    return generation == null ? null : generation.chain().clone();
  }

  @Override
  public PrivateKey getPrivateKey(String alias) {
    Generation generation = find(alias);
    return generation == null ? null : generation.key();
  }
}
