package dev.ferry.ftp.tls.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/** Small facts about certificates and keys: fingerprints, key pairing, validity. */
public final class Certificates {
  private static final HexFormat COLON_HEX = HexFormat.ofDelimiter(":").withUpperCase();

  private Certificates() {}

  /**
   * Returns the SHA-256 digest of the certificate's DER encoding: its fingerprint.
   *
   * @param certificate the certificate
   * @return 32 bytes
   */
  public static byte[] sha256(X509Certificate certificate) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      // SHA-256 is required of every JVM, and a parsed certificate has an encoding.
      throw new IllegalStateException(e);
    }
  }

  /**
   * Formats a digest as OpenSSL and FileZilla show fingerprints: upper-case hex pairs joined by
   * colons.
   *
   * @param digest the digest
   * @return the formatted fingerprint
   */
  public static String colonHex(byte[] digest) {
    return COLON_HEX.formatHex(digest);
  }

  /**
   * Returns whether {@code key} is the private half of {@code publicKey}, by signing a random
   * challenge and verifying it: one test for every key type, with no per-algorithm arithmetic.
   *
   * @param key the private key
   * @param publicKey the public key, usually a certificate's
   * @return whether they form a pair
   */
  public static boolean isPair(PrivateKey key, PublicKey publicKey) {
    if (!family(key.getAlgorithm()).equals(family(publicKey.getAlgorithm()))) {
      return false;
    }
    try {
      byte[] challenge = new byte[32];
      new SecureRandom().nextBytes(challenge);
      Signature signer = signature(key.getAlgorithm());
      signer.initSign(key);
      signer.update(challenge);
      byte[] signed = signer.sign();
      Signature verifier = signature(key.getAlgorithm());
      verifier.initVerify(publicKey);
      verifier.update(challenge);
      return verifier.verify(signed);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  private static String family(String algorithm) {
    return switch (algorithm) {
      case "EC", "ECDSA" -> "EC";
      case "RSA", "RSASSA-PSS" -> "RSA";
      case "Ed25519", "Ed448", "EdDSA" -> "EdDSA";
      default -> algorithm;
    };
  }

  private static Signature signature(String keyAlgorithm) throws GeneralSecurityException {
    return switch (family(keyAlgorithm)) {
      case "EC" -> Signature.getInstance("SHA256withECDSA");
      case "EdDSA" -> Signature.getInstance("EdDSA");
      case "DSA" -> Signature.getInstance("SHA256withDSA");
      case "RSA" -> {
        Signature pss = Signature.getInstance("RSASSA-PSS");
        pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        yield pss;
      }
      default -> throw new NoSuchAlgorithmException("no signature for " + keyAlgorithm + " keys");
    };
  }

  /**
   * Describes why the certificate is not valid at {@code now}, if it is not.
   *
   * @param certificate the certificate
   * @param now the instant to check
   * @return the problem, or empty if the certificate is within its validity period
   */
  public static Optional<String> validityProblem(X509Certificate certificate, Instant now) {
    Instant notAfter = certificate.getNotAfter().toInstant();
    Instant notBefore = certificate.getNotBefore().toInstant();
    if (now.isAfter(notAfter)) {
      return Optional.of("expired on " + notAfter);
    }
    if (now.isBefore(notBefore)) {
      return Optional.of("not valid before " + notBefore);
    }
    return Optional.empty();
  }
}
