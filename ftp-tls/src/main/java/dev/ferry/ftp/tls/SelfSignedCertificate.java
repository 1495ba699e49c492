package dev.ferry.ftp.tls;

import dev.ferry.ftp.tls.internal.CertificateIssuer;
import dev.ferry.ftp.tls.internal.HostNames;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The recipe for a self-signed server certificate, for a server that has none configured: an
 * immutable value whose {@link #generate()} makes fresh {@link KeyMaterial}.
 *
 * <p>The certificate names every host in its subject alternative name (DNS names and IP addresses,
 * as clients check them; RFC 6125), has a random 159-bit serial number, is valid from an hour ago
 * (for clients with slow clocks) for {@linkplain #validity() a year} by default, and is signed with
 * SHA-256 (SHA-384 for P-384). Clients do not trust it until told to: by pinning its {@linkplain
 * KeyMaterial#fingerprint() fingerprint}, or by importing it.
 *
 * <pre>{@code
 * KeyMaterial keys = SelfSignedCertificate.forHosts("ftp.example.com", "192.0.2.7")
 *     .loadOrGenerate(dataDir.resolve("ftps-cert.pem"), dataDir.resolve("ftps-key.pem"));
 * }</pre>
 */
public final class SelfSignedCertificate {
  private static final System.Logger LOG = System.getLogger(SelfSignedCertificate.class.getName());

  /** Apple platforms reject TLS server certificates valid for longer than 825 days. */
  private static final Duration MAX_VALIDITY = Duration.ofDays(825);

  private static final Duration CLOCK_SKEW_ALLOWANCE = Duration.ofHours(1);

  /** The key pair to generate. */
  public enum KeyType {
    /** ECDSA on NIST P-256 (secp256r1): small, fast, and accepted by every current client. */
    EC_P256,
    /** ECDSA on NIST P-384 (secp384r1). */
    EC_P384,
    /** RSA with a 2048-bit modulus, for clients without ECDSA. */
    RSA_2048,
    /** RSA with a 3072-bit modulus. */
    RSA_3072;

    KeyPair generate() {
      try {
        KeyPairGenerator generator =
            KeyPairGenerator.getInstance(this == EC_P256 || this == EC_P384 ? "EC" : "RSA");
        switch (this) {
          case EC_P256 -> generator.initialize(new ECGenParameterSpec("secp256r1"));
          case EC_P384 -> generator.initialize(new ECGenParameterSpec("secp384r1"));
          case RSA_2048 -> generator.initialize(2048);
          case RSA_3072 -> generator.initialize(3072);
        }
        return generator.generateKeyPair();
      } catch (GeneralSecurityException e) {
        // EC and RSA key generation are required of every JVM.
        throw new IllegalStateException("cannot generate a " + this + " key pair", e);
      }
    }
  }

  private final List<String> hosts;
  private final KeyType keyType;
  private final Duration validity;
  private final Clock clock;

  private SelfSignedCertificate(
      List<String> hosts, KeyType keyType, Duration validity, Clock clock) {
    this.hosts = hosts;
    this.keyType = keyType;
    this.validity = validity;
    this.clock = clock;
  }

  /**
   * Returns the recipe for a certificate naming {@code hosts}, with an {@link KeyType#EC_P256} key,
   * valid for 365 days.
   *
   * @param hosts DNS names (wildcards like {@code *.example.com} allowed) and IP address literals;
   *     the first is also the subject's common name
   * @return the recipe
   * @throws TlsConfigurationException if there is no host or one is neither a DNS name nor an IP
   *     address
   */
  public static SelfSignedCertificate forHosts(String... hosts) {
    return forHosts(Arrays.asList(hosts));
  }

  /**
   * Returns the recipe for a certificate naming {@code hosts}.
   *
   * @param hosts DNS names and IP address literals
   * @return the recipe
   * @see #forHosts(String...)
   */
  public static SelfSignedCertificate forHosts(List<String> hosts) {
    List<String> copy = List.copyOf(hosts);
    if (copy.isEmpty()) {
      throw new TlsConfigurationException("SelfSignedCertificate.hosts: must not be empty");
    }
    for (String host : copy) {
      if (!HostNames.isIpLiteral(host) && !HostNames.isDnsName(host)) {
        throw new TlsConfigurationException(
            "SelfSignedCertificate.hosts: '" + host + "' is neither a DNS name nor an IP address");
      }
    }
    return new SelfSignedCertificate(
        copy, KeyType.EC_P256, Duration.ofDays(365), Clock.systemUTC());
  }

  /**
   * Returns this recipe with another key type.
   *
   * @param keyType the key type
   * @return the changed recipe
   */
  public SelfSignedCertificate withKeyType(KeyType keyType) {
    return new SelfSignedCertificate(
        hosts, Objects.requireNonNull(keyType, "keyType"), validity, clock);
  }

  /**
   * Returns this recipe with another validity period.
   *
   * @param validity how long the certificate is valid, at most 825 days
   * @return the changed recipe
   * @throws TlsConfigurationException if {@code validity} is not positive or too long
   */
  public SelfSignedCertificate withValidity(Duration validity) {
    if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
      throw new TlsConfigurationException(
          "SelfSignedCertificate.validity: must be positive and at most 825 days (Apple clients"
              + " reject longer ones), was "
              + validity);
    }
    return new SelfSignedCertificate(hosts, keyType, validity, clock);
  }

  /**
   * Returns this recipe with another clock, which dates the certificate and decides whether a
   * stored one has expired.
   *
   * @param clock the clock
   * @return the changed recipe
   */
  public SelfSignedCertificate withClock(Clock clock) {
    return new SelfSignedCertificate(
        hosts, keyType, validity, Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Returns the host names and addresses the certificate names.
   *
   * @return the hosts, immutable
   */
  public List<String> hosts() {
    return hosts;
  }

  /**
   * Returns the key type.
   *
   * @return the key type
   */
  public KeyType keyType() {
    return keyType;
  }

  /**
   * Returns how long a generated certificate is valid.
   *
   * @return the validity period
   */
  public Duration validity() {
    return validity;
  }

  /**
   * Generates a new key pair and certificate.
   *
   * @return the key material
   */
  public KeyMaterial generate() {
    KeyPair pair = keyType.generate();
    Instant now = clock.instant();
    String first = hosts.get(0);
    // The common name is limited to 64 characters (RFC 5280 ub-common-name); the SAN is what
    // counts.
    String commonName = first.length() <= 64 ? first : "Ferry self-signed";
    X509Certificate certificate =
        CertificateIssuer.issue(
            new CertificateIssuer.Request(
                "CN=" + commonName,
                pair.getPublic(),
                hosts,
                now.minus(CLOCK_SKEW_ALLOWANCE),
                now.plus(validity),
                false),
            null,
            pair.getPrivate());
    return KeyMaterial.of(pair.getPrivate(), List.of(certificate));
  }

  /**
   * Loads the certificate and key stored by an earlier call, or generates and stores them, so a
   * restarted server presents the certificate its clients already pinned. A stored certificate that
   * has expired is replaced (with a warning in the log). The key file is readable by its owner only
   * where the file system has POSIX permissions.
   *
   * @param certificateFile the PEM certificate file
   * @param privateKeyFile the PEM private key file
   * @return the stored or new key material
   * @throws TlsConfigurationException if only one of the files exists, or a file cannot be read,
   *     parsed or written
   */
  public KeyMaterial loadOrGenerate(Path certificateFile, Path privateKeyFile) {
    boolean haveCertificate = Files.exists(certificateFile);
    boolean haveKey = Files.exists(privateKeyFile);
    if (haveCertificate != haveKey) {
      Path present = haveCertificate ? certificateFile : privateKeyFile;
      Path missing = haveCertificate ? privateKeyFile : certificateFile;
      throw new TlsConfigurationException(
          missing
              + ": missing, while "
              + present
              + " exists; restore it, or delete "
              + present
              + " to generate a new certificate");
    }
    if (haveCertificate) {
      KeyMaterial stored = KeyMaterial.readPem(certificateFile, privateKeyFile, null);
      if (stored.validityProblem(clock.instant()).isEmpty()) {
        return stored;
      }
      LOG.log(
          Level.WARNING,
          "The self-signed certificate in {0} {1}; generating a new one (clients that pinned the"
              + " old fingerprint must pin the new one)",
          certificateFile,
          stored.validityProblem(clock.instant()).orElseThrow());
    }
    KeyMaterial generated = generate();
    generated.writePem(certificateFile, privateKeyFile);
    return generated;
  }

  @Override
  public String toString() {
    return "SelfSignedCertificate[hosts="
        + hosts
        + ", keyType="
        + keyType
        + ", validity="
        + validity
        + "]";
  }
}
