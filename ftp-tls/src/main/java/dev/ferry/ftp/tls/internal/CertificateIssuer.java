package dev.ferry.ftp.tls.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issues X.509 v3 certificates (RFC 5280) with Bouncy Castle's {@code X509v3CertificateBuilder}:
 * self-signed server certificates, and, for tests, small CA hierarchies.
 */
public final class CertificateIssuer {
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * What to certify.
   *
   * @param subject the subject's distinguished name, e.g. {@code CN=ftp.example.com}
   * @param subjectKey the subject's public key
   * @param hosts DNS names and IP address literals for the subject alternative name; may be empty
   * @param notBefore the start of validity
   * @param notAfter the end of validity
   * @param certificateAuthority whether the certificate may sign others
   */
  public record Request(
      String subject,
      PublicKey subjectKey,
      List<String> hosts,
      Instant notBefore,
      Instant notAfter,
      boolean certificateAuthority) {
    /** Copies the host list. */
    public Request {
      hosts = List.copyOf(hosts);
    }
  }

  private CertificateIssuer() {}

  /**
   * Issues a certificate signed by {@code issuerKey}.
   *
   * @param request what to certify
   * @param issuer the issuer's certificate, or {@code null} for a self-signed certificate
   * @param issuerKey the key that signs: the issuer's, or the subject's own when self-signed
   * @return the certificate
   */
  public static X509Certificate issue(
      Request request, X509Certificate issuer, PrivateKey issuerKey) {
    X500Principal subject = new X500Principal(request.subject());
    X500Principal issuerName = issuer == null ? subject : issuer.getSubjectX500Principal();
    // RFC 5280 §4.1.2.2: a positive serial of at most 20 octets; 159 random bits are unguessable.
    BigInteger serial = new BigInteger(159, RANDOM).max(BigInteger.ONE);
    try {
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              issuerName,
              serial,
              Date.from(request.notBefore()),
              Date.from(request.notAfter()),
              subject,
              request.subjectKey());
      builder.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          extensions.createSubjectKeyIdentifier(request.subjectKey()));
      if (issuer != null) {
        builder.addExtension(
            Extension.authorityKeyIdentifier,
            false,
            extensions.createAuthorityKeyIdentifier(issuer));
      }
      if (request.certificateAuthority()) {
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        builder.addExtension(
            Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      } else {
        int usage = KeyUsage.digitalSignature;
        if (request.subjectKey().getAlgorithm().equals("RSA")) {
          usage |= KeyUsage.keyEncipherment;
        }
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
        builder.addExtension(
            Extension.extendedKeyUsage,
            false,
            new ExtendedKeyUsage(
                new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
      }
      if (!request.hosts().isEmpty()) {
        builder.addExtension(
            Extension.subjectAlternativeName, false, alternativeNames(request.hosts()));
      }
      return new JcaX509CertificateConverter()
          .getCertificate(
              builder.build(
                  new JcaContentSignerBuilder(signatureAlgorithm(issuerKey)).build(issuerKey)));
    } catch (CertIOException | OperatorCreationException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot issue a certificate for " + request.subject(), e);
    }
  }

  private static GeneralNames alternativeNames(List<String> hosts) {
    List<GeneralName> names = new ArrayList<>();
    for (String host : hosts) {
      names.add(
          HostNames.isIpLiteral(host)
              ? new GeneralName(GeneralName.iPAddress, host)
              : new GeneralName(GeneralName.dNSName, host));
    }
    return new GeneralNames(names.toArray(GeneralName[]::new));
  }

  private static String signatureAlgorithm(PrivateKey key) {
    return switch (key.getAlgorithm()) {
      case "EC" ->
          ((ECKey) key).getParams().getCurve().getField().getFieldSize() > 256
              ? "SHA384withECDSA"
              : "SHA256withECDSA";
      case "RSA" -> "SHA256withRSA";
      case "Ed25519", "EdDSA" -> "Ed25519";
      default ->
          throw new IllegalArgumentException("cannot sign with a " + key.getAlgorithm() + " key");
    };
  }
}
