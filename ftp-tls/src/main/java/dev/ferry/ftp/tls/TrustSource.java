package dev.ferry.ftp.tls;

import dev.ferry.ftp.tls.internal.Certificates;
import dev.ferry.ftp.tls.internal.Pem;
import dev.ferry.ftp.tls.internal.PinnedTrustManager;
import dev.ferry.ftp.tls.internal.TrustAllManager;
import dev.ferry.ftp.tls.internal.ValidityCheckingTrustManager;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * What a peer's certificate is trusted by: for a client, the server's certificate; for a server
 * asking for {@linkplain ClientAuth client certificates}, the client's. Immutable.
 *
 * <p>The certificate-authority sources ({@link #system()}, {@link #fromPem}, {@link #fromKeyStore},
 * {@link #of}) validate the chain the PKIX way; a {@link ClientTls} using one also checks that the
 * certificate names the host it connected to (RFC 6125). {@link #pinnedFingerprint} trusts exactly
 * the certificates given, whoever issued them, and {@link #insecureTrustAll()} trusts everything;
 * neither checks host names, and the second says in its name what it is.
 */
public final class TrustSource {
  private static final Pattern HEX_FINGERPRINT =
      Pattern.compile("(?:[0-9A-Fa-f]{2}[: ]?){31}[0-9A-Fa-f]{2}");

  private final String description;
  private final X509ExtendedTrustManager trustManager;
  private final boolean checksHostName;

  private TrustSource(
      String description, X509ExtendedTrustManager trustManager, boolean checksHostName) {
    this.description = description;
    this.trustManager = trustManager;
    this.checksHostName = checksHostName;
  }

  /**
   * Trusts the JVM's default certificate authorities ({@code cacerts}, or the store named by {@code
   * javax.net.ssl.trustStore}).
   *
   * @return the trust source
   */
  public static TrustSource system() {
    return pkix("the JVM's default trust store", null);
  }

  /**
   * Trusts the certificate authorities (or self-signed server certificates) in a PEM file.
   *
   * @param certificatesFile one or more {@code BEGIN CERTIFICATE} blocks
   * @return the trust source
   * @throws TlsConfigurationException naming the file if it cannot be read or holds no certificate
   */
  public static TrustSource fromPem(Path certificatesFile) {
    List<X509Certificate> certificates = Pem.read(certificatesFile, null).certificates();
    if (certificates.isEmpty()) {
      throw new TlsConfigurationException(
          certificatesFile + ": no certificate (expected -----BEGIN CERTIFICATE-----)");
    }
    return pkix(certificatesFile.toString(), keyStoreOf(certificates));
  }

  /**
   * Trusts the certificates in a PKCS#12 (or JKS) trust store.
   *
   * @param trustStoreFile the store
   * @param password the store's password
   * @return the trust source
   * @throws TlsConfigurationException naming the file if it cannot be read, the password is wrong
   *     or it holds no certificate
   */
  public static TrustSource fromKeyStore(Path trustStoreFile, char[] password) {
    KeyStore store = KeyMaterial.loadKeyStore(trustStoreFile, password);
    try {
      if (store.size() == 0) {
        throw new TlsConfigurationException(trustStoreFile + ": holds no certificate");
      }
    } catch (GeneralSecurityException e) {
      throw new TlsConfigurationException(trustStoreFile + ": cannot read it: " + e, e);
    }
    return pkix(trustStoreFile.toString(), store);
  }

  /**
   * Trusts the given certificate authorities (or self-signed certificates).
   *
   * @param certificates the trusted certificates
   * @return the trust source
   * @throws TlsConfigurationException if {@code certificates} is empty
   */
  public static TrustSource of(Collection<X509Certificate> certificates) {
    List<X509Certificate> copy = List.copyOf(certificates);
    if (copy.isEmpty()) {
      throw new TlsConfigurationException("TrustSource.of: no certificate given");
    }
    return pkix(copy.size() + " given certificate(s)", keyStoreOf(copy));
  }

  /**
   * Trusts exactly the certificates with these SHA-256 fingerprints, and nothing else: neither
   * issuer, validity dates nor host name are checked. This is how a user trusts one self-signed
   * server certificate they have verified out of band.
   *
   * @param sha256Fingerprints fingerprints of the whole DER certificate (not of its public key), as
   *     64 hex digits optionally separated by colons (as {@code openssl x509 -noout -fingerprint
   *     -sha256} and {@link KeyMaterial#fingerprint()} print them), or as {@code sha256/} followed
   *     by the base64 digest
   * @return the trust source
   * @throws TlsConfigurationException naming a fingerprint that cannot be parsed
   */
  public static TrustSource pinnedFingerprint(String... sha256Fingerprints) {
    if (sha256Fingerprints.length == 0) {
      throw new TlsConfigurationException("TrustSource.pinnedFingerprint: no fingerprint given");
    }
    List<byte[]> pins = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (String fingerprint : sha256Fingerprints) {
      byte[] pin = parseFingerprint(Objects.requireNonNull(fingerprint, "fingerprint"));
      pins.add(pin);
      shown.add(Certificates.colonHex(pin));
    }
    return new TrustSource("pinned SHA-256 " + shown, new PinnedTrustManager(pins), false);
  }

  /**
   * Trusts every certificate, checking nothing: the connection is encrypted, but anyone in the
   * middle can read and change it. For tests, and for users who ask for it by this name.
   *
   * @return the trust source
   */
  public static TrustSource insecureTrustAll() {
    return new TrustSource("INSECURE: every certificate trusted", new TrustAllManager(), false);
  }

  static byte[] parseFingerprint(String text) {
    String trimmed = text.strip();
    try {
      if (trimmed.toLowerCase(Locale.ROOT).startsWith("sha256/")) {
        byte[] digest = Base64.getDecoder().decode(trimmed.substring("sha256/".length()));
        if (digest.length == 32) {
          return digest;
        }
      } else if (HEX_FINGERPRINT.matcher(trimmed).matches()) {
        return HexFormat.of().parseHex(trimmed.replace(":", "").replace(" ", ""));
      }
    } catch (IllegalArgumentException e) {
      // Bad base64: reported below like any other malformed fingerprint.
    }
    throw new TlsConfigurationException(
        "TrustSource.pinnedFingerprint: '"
            + text
            + "' is not a SHA-256 fingerprint (expected 64 hex digits, optionally colon-separated,"
            + " or sha256/ and 44 base64 characters)");
  }

  private static KeyStore keyStoreOf(List<X509Certificate> certificates) {
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      for (int i = 0; i < certificates.size(); i++) {
        store.setCertificateEntry("trusted-" + i, certificates.get(i));
      }
      return store;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException("cannot create an in-memory key store", e);
    }
  }

  private static TrustSource pkix(String description, KeyStore store) {
    try {
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(store);
      for (TrustManager manager : factory.getTrustManagers()) {
        if (manager instanceof X509ExtendedTrustManager x509) {
          return new TrustSource(description, new ValidityCheckingTrustManager(x509), true);
        }
      }
      throw new TlsConfigurationException(
          description
              + ": the trust manager factory made no X.509 trust manager: "
              + Arrays.toString(factory.getTrustManagers()));
    } catch (GeneralSecurityException e) {
      throw new TlsConfigurationException(description + ": cannot create a trust manager: " + e, e);
    }
  }

  X509ExtendedTrustManager trustManager() {
    return trustManager;
  }

  /** Whether a client should check that the server certificate names the host it connected to. */
  boolean checksHostName() {
    return checksHostName;
  }

  @Override
  public String toString() {
    return "TrustSource[" + description + "]";
  }
}
