package dev.ferry.ftp.tls;

import dev.ferry.ftp.tls.internal.Certificates;
import dev.ferry.ftp.tls.internal.Pem;
import dev.ferry.ftp.tls.internal.TlsFiles;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A private key and its certificate chain: what a server presents (and a client, for client
 * certificate authentication). Immutable.
 *
 * <p>Loaded from PEM files ({@link #fromPem}) or a PKCS#12 key store ({@link #fromPkcs12}), or
 * generated ({@link SelfSignedCertificate}). Every loader checks that the key belongs to the first
 * certificate, and fails with a {@link TlsConfigurationException} that names the file and the
 * problem. A certificate outside its validity period is loaded (an operator may be replacing it
 * right now) but logged as a warning, since clients will reject it.
 */
public final class KeyMaterial {
  private static final System.Logger LOG = System.getLogger(KeyMaterial.class.getName());

  private final PrivateKey privateKey;
  private final List<X509Certificate> certificateChain;

  private KeyMaterial(PrivateKey privateKey, List<X509Certificate> certificateChain) {
    this.privateKey = privateKey;
    this.certificateChain = certificateChain;
  }

  /**
   * Returns key material for a key and its chain.
   *
   * @param privateKey the private key
   * @param certificateChain the chain, the key's own certificate first, then its issuers
   * @return the key material
   * @throws TlsConfigurationException if the chain is empty or the key does not belong to its first
   *     certificate
   */
  public static KeyMaterial of(PrivateKey privateKey, List<X509Certificate> certificateChain) {
    Objects.requireNonNull(privateKey, "privateKey");
    List<X509Certificate> chain = List.copyOf(certificateChain);
    if (chain.isEmpty()) {
      throw new TlsConfigurationException("the certificate chain is empty");
    }
    return checked(privateKey, chain, "the private key", "the first certificate");
  }

  /**
   * Loads an unencrypted key and its chain from PEM files. Both may be the same file.
   *
   * @param certificateChainFile the certificates, the key's own first ({@code BEGIN CERTIFICATE})
   * @param privateKeyFile the key: PKCS#8 ({@code BEGIN PRIVATE KEY}), PKCS#1 ({@code BEGIN RSA
   *     PRIVATE KEY}) or SEC1 ({@code BEGIN EC PRIVATE KEY})
   * @return the key material
   * @throws TlsConfigurationException naming the file and the problem
   */
  public static KeyMaterial fromPem(Path certificateChainFile, Path privateKeyFile) {
    return fromPem(certificateChainFile, privateKeyFile, null);
  }

  /**
   * Loads a key and its chain from PEM files, decrypting the key with {@code keyPassword} if it is
   * encrypted ({@code BEGIN ENCRYPTED PRIVATE KEY}, or OpenSSL's legacy {@code Proc-Type:
   * 4,ENCRYPTED}).
   *
   * @param certificateChainFile the certificates, the key's own first
   * @param privateKeyFile the key; may be the same file
   * @param keyPassword the key's password, or {@code null} for an unencrypted key
   * @return the key material
   * @throws TlsConfigurationException naming the file and the problem
   */
  public static KeyMaterial fromPem(
      Path certificateChainFile, Path privateKeyFile, char[] keyPassword) {
    KeyMaterial material = readPem(certificateChainFile, privateKeyFile, keyPassword);
    warnIfNotValid(material, certificateChainFile);
    return material;
  }

  /** Loads without the validity warning, for callers that handle expiry themselves. */
  static KeyMaterial readPem(Path certificateChainFile, Path privateKeyFile, char[] keyPassword) {
    Pem.Contents certificates = Pem.read(certificateChainFile, keyPassword);
    Pem.Contents keys =
        certificateChainFile.equals(privateKeyFile)
            ? certificates
            : Pem.read(privateKeyFile, keyPassword);
    if (certificates.certificates().isEmpty()) {
      throw new TlsConfigurationException(
          certificateChainFile + ": no certificate (expected -----BEGIN CERTIFICATE-----)");
    }
    if (keys.keys().isEmpty()) {
      throw new TlsConfigurationException(
          privateKeyFile
              + ": no private key (expected -----BEGIN PRIVATE KEY-----, "
              + "-----BEGIN RSA PRIVATE KEY----- or -----BEGIN EC PRIVATE KEY-----)");
    }
    if (keys.keys().size() > 1) {
      throw new TlsConfigurationException(
          privateKeyFile + ": holds " + keys.keys().size() + " private keys; expected one");
    }
    return checked(
        keys.keys().get(0),
        certificates.certificates(),
        "the private key in " + privateKeyFile,
        "the first certificate in " + certificateChainFile);
  }

  /**
   * Loads the only key entry of a PKCS#12 key store (a JKS store is also accepted). The key must
   * have the store's password, as {@code openssl pkcs12 -export} and {@code keytool} make it.
   *
   * @param keyStoreFile the key store
   * @param password the store password
   * @return the key material
   * @throws TlsConfigurationException naming the file and the problem, including when the store
   *     holds several keys (then name one with {@link #fromPkcs12(Path, char[], String)})
   */
  public static KeyMaterial fromPkcs12(Path keyStoreFile, char[] password) {
    return fromPkcs12(keyStoreFile, password, null);
  }

  /**
   * Loads one key entry of a PKCS#12 (or JKS) key store.
   *
   * @param keyStoreFile the key store
   * @param password the store password, also used for the key
   * @param alias the entry's alias, or {@code null} for the only key entry
   * @return the key material
   * @throws TlsConfigurationException naming the file and the problem
   */
  public static KeyMaterial fromPkcs12(Path keyStoreFile, char[] password, String alias) {
    Objects.requireNonNull(password, "password");
    KeyStore store = loadKeyStore(keyStoreFile, password);
    try {
      String entry = alias != null ? alias : onlyKeyAlias(keyStoreFile, store);
      if (!store.isKeyEntry(entry)) {
        throw new TlsConfigurationException(
            keyStoreFile
                + ": no key entry named '"
                + entry
                + "' (key entries: "
                + keyAliases(store)
                + ")");
      }
      Key key = store.getKey(entry, password);
      Certificate[] chain = store.getCertificateChain(entry);
      if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length == 0) {
        throw new TlsConfigurationException(
            keyStoreFile + ": entry '" + entry + "' is not a private key with a certificate chain");
      }
      List<X509Certificate> certificates = new ArrayList<>();
      for (Certificate certificate : chain) {
        certificates.add((X509Certificate) certificate);
      }
      KeyMaterial material =
          checked(
              privateKey,
              certificates,
              "the private key of entry '" + entry + "' in " + keyStoreFile,
              "its certificate");
      warnIfNotValid(material, keyStoreFile);
      return material;
    } catch (UnrecoverableKeyException e) {
      throw new TlsConfigurationException(
          keyStoreFile + ": the key's password differs from the store password", e);
    } catch (KeyStoreException | NoSuchAlgorithmException e) {
      throw new TlsConfigurationException(keyStoreFile + ": cannot read the key entry: " + e, e);
    }
  }

  static KeyStore loadKeyStore(Path file, char[] password) {
    if (!Files.isRegularFile(file)) {
      throw TlsFiles.unreadable(file, new NoSuchFileException(file.toString()));
    }
    try {
      return KeyStore.getInstance(file.toFile(), password);
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException) {
        throw new TlsConfigurationException(file + ": wrong password for the key store", e);
      }
      throw new TlsConfigurationException(
          file + ": not a readable PKCS#12 key store: " + e.getMessage(), e);
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new TlsConfigurationException(
          file + ": not a PKCS#12 or JKS key store (" + e.getMessage() + ")", e);
    }
  }

  private static String onlyKeyAlias(Path file, KeyStore store) throws KeyStoreException {
    List<String> aliases = keyAliases(store);
    if (aliases.size() != 1) {
      throw new TlsConfigurationException(
          file
              + (aliases.isEmpty()
                  ? ": holds no private key entry"
                  : ": holds several key entries " + aliases + "; name the one to use"));
    }
    return aliases.get(0);
  }

  private static List<String> keyAliases(KeyStore store) throws KeyStoreException {
    List<String> aliases = new ArrayList<>();
    for (String alias : Collections.list(store.aliases())) {
      if (store.isKeyEntry(alias)) {
        aliases.add(alias);
      }
    }
    return aliases;
  }

  private static KeyMaterial checked(
      PrivateKey key, List<X509Certificate> chain, String keyName, String certificateName) {
    X509Certificate leaf = chain.get(0);
    if (!Certificates.isPair(key, leaf.getPublicKey())) {
      throw new TlsConfigurationException(
          keyName
              + " does not match "
              + certificateName
              + " ("
              + leaf.getSubjectX500Principal().getName()
              + ", "
              + leaf.getPublicKey().getAlgorithm()
              + " key)");
    }
    return new KeyMaterial(key, List.copyOf(chain));
  }

  /** An operator may be replacing the certificate right now: load it, but say it is unusable. */
  private static void warnIfNotValid(KeyMaterial material, Path source) {
    material
        .validityProblem(Instant.now())
        .ifPresent(
            problem ->
                LOG.log(
                    Level.WARNING,
                    "The certificate {0} in {1} {2}; clients will reject it",
                    material.certificate().getSubjectX500Principal().getName(),
                    source,
                    problem));
  }

  /**
   * Returns the private key.
   *
   * @return the private key
   */
  public PrivateKey privateKey() {
    return privateKey;
  }

  /**
   * Returns the certificate chain, the key's own certificate first.
   *
   * @return the chain, immutable, never empty
   */
  public List<X509Certificate> certificateChain() {
    return certificateChain;
  }

  /**
   * Returns the key's own certificate: the first of the chain.
   *
   * @return the certificate
   */
  public X509Certificate certificate() {
    return certificateChain.get(0);
  }

  /**
   * Returns the SHA-256 fingerprint of {@link #certificate()} as OpenSSL ({@code openssl x509
   * -noout -fingerprint -sha256}) and FileZilla show it: upper-case hex pairs joined by colons.
   * {@link TrustSource#pinnedFingerprint} accepts it.
   *
   * @return the fingerprint
   */
  public String fingerprint() {
    return Certificates.colonHex(Certificates.sha256(certificate()));
  }

  /**
   * Describes why {@link #certificate()} is not valid at {@code now}, if it is not.
   *
   * @param now the instant to check
   * @return for example "expired on 2025-01-01T00:00:00Z", or empty while the certificate is valid
   */
  public Optional<String> validityProblem(Instant now) {
    return Certificates.validityProblem(certificate(), now);
  }

  /**
   * Writes the chain and the key as PEM files: the key as unencrypted PKCS#8 ({@code BEGIN PRIVATE
   * KEY}), readable by its owner only where the file system has POSIX permissions. Each file is
   * replaced atomically.
   *
   * @param certificateChainFile where to write the certificates
   * @param privateKeyFile where to write the key
   * @throws TlsConfigurationException naming a file that cannot be written
   */
  public void writePem(Path certificateChainFile, Path privateKeyFile) {
    TlsFiles.writeAtomically(privateKeyFile, Pem.format(privateKey), true);
    TlsFiles.writeAtomically(certificateChainFile, Pem.format(certificateChain), false);
  }

  /** Describes the certificate; never the key. */
  @Override
  public String toString() {
    return "KeyMaterial["
        + certificate().getSubjectX500Principal().getName()
        + ", "
        + privateKey.getAlgorithm()
        + ", valid until "
        + certificate().getNotAfter().toInstant()
        + ", SHA-256 "
        + fingerprint()
        + "]";
  }
}
