package dev.ferry.ftp.tls.internal;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * A key manager for exactly one key and its chain, offered for every key type the key can serve and
 * ignoring the peer's list of acceptable issuers: the configuration named one certificate, and a
 * peer that cannot accept it should fail visibly rather than get nothing.
 */
public final class SingleKeyManager extends X509ExtendedKeyManager {
  private static final String ALIAS = "ferry";

  private final PrivateKey key;
  private final X509Certificate[] chain;

  /**
   * Creates the manager.
   *
   * @param key the private key
   * @param chain the chain, the key's certificate first
   */
  public SingleKeyManager(PrivateKey key, List<X509Certificate> chain) {
    this.key = key;
    this.chain = chain.toArray(X509Certificate[]::new);
  }

  /** JSSE asks by key type: "EC", "RSA", "RSASSA-PSS", "EdDSA", …; keys say "EC", "RSA", …. */
  private String alias(String keyType) {
    String algorithm = key.getAlgorithm();
    boolean matches =
        keyType != null
            && (keyType.equals(algorithm)
                || (keyType.equals("EdDSA") && algorithm.startsWith("Ed"))
                || (keyType.equals("EC") && algorithm.equals("ECDSA")));
    return matches ? ALIAS : null;
  }

  private String[] aliases(String keyType) {
    String alias = alias(keyType);
    return alias == null ? null : new String[] {alias};
  }

  private String chooseClient(String[] keyTypes) {
    if (keyTypes != null) {
      for (String keyType : keyTypes) {
        if (alias(keyType) != null) {
          return ALIAS;
        }
      }
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
    return ALIAS.equals(alias) ? chain.clone() : null;
  }

  @Override
  public PrivateKey getPrivateKey(String alias) {
    return ALIAS.equals(alias) ? key : null;
  }
}
