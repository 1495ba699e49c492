package dev.ferry.ftp.tls;

import dev.ferry.ftp.tls.internal.CertificateIssuer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.MiscPEMGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.jcajce.JcaPKCS8EncryptedPrivateKeyInfoBuilder;

/** Keys, certificates and files made at test time, in every format the loaders accept. */
final class TestPki {
  static final BouncyCastleProvider BC = new BouncyCastleProvider();

  /** A certificate authority: its key and self-signed certificate. */
  record Authority(KeyPair keys, X509Certificate certificate) {}

  private static final class Cached {
    static final KeyPair EC = generate("EC");
    static final KeyPair RSA = generate("RSA");
    static final Authority CA = authority("CN=Ferry Test CA");
    static final KeyMaterial LOCALHOST =
        leaf(
            CA,
            EC,
            "CN=localhost",
            List.of("localhost", "127.0.0.1"),
            Instant.now().minus(Duration.ofDays(1)),
            Instant.now().plus(Duration.ofDays(30)));
  }

  private TestPki() {}

  static KeyPair ec() {
    return Cached.EC;
  }

  static KeyPair rsa() {
    return Cached.RSA;
  }

  static Authority ca() {
    return Cached.CA;
  }

  /** A server certificate for localhost and 127.0.0.1, issued by {@link #ca()}. */
  static KeyMaterial localhost() {
    return Cached.LOCALHOST;
  }

  static KeyPair generate(String algorithm) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
      if (algorithm.equals("EC")) {
        generator.initialize(new ECGenParameterSpec("secp256r1"));
      } else {
        generator.initialize(2048);
      }
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static Authority authority(String name) {
    KeyPair keys = generate("EC");
    X509Certificate certificate =
        CertificateIssuer.issue(
            new CertificateIssuer.Request(
                name,
                keys.getPublic(),
                List.of(),
                Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(365)),
                true),
            null,
            keys.getPrivate());
    return new Authority(keys, certificate);
  }

  static KeyMaterial leaf(
      Authority issuer,
      KeyPair keys,
      String subject,
      List<String> hosts,
      Instant notBefore,
      Instant notAfter) {
    X509Certificate certificate =
        CertificateIssuer.issue(
            new CertificateIssuer.Request(
                subject, keys.getPublic(), hosts, notBefore, notAfter, false),
            issuer.certificate(),
            issuer.keys().getPrivate());
    return KeyMaterial.of(keys.getPrivate(), List.of(certificate, issuer.certificate()));
  }

  /**
   * A leaf for localhost with its own fresh key, valid from {@code notBefore} to {@code notAfter}.
   */
  static KeyMaterial localhost(Instant notBefore, Instant notAfter) {
    return leaf(
        ca(),
        generate("EC"),
        "CN=localhost",
        List.of("localhost", "127.0.0.1"),
        notBefore,
        notAfter);
  }

  static String pem(Object... objects) {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      for (Object object : objects) {
        writer.writeObject(object);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }

  /** PKCS#8, "BEGIN PRIVATE KEY". */
  static String pkcs8(PrivateKey key) {
    try {
      return pem(new JcaPKCS8Generator(key, null));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** PKCS#1 for RSA ("BEGIN RSA PRIVATE KEY"), SEC1 for EC ("BEGIN EC PRIVATE KEY"). */
  static String traditional(KeyPair keys) {
    return traditional(keys, true);
  }

  /**
   * PKCS#1 or SEC1, as OpenSSL writes them. The JDK's PKCS#8 encoding of an EC key carries the
   * curve outside the inner SEC1 structure, so the SEC1 structure is rebuilt with the curve (RFC
   * 5915 §3) and, if {@code withPublicKey}, the optional public key.
   */
  static String traditional(KeyPair keys, boolean withPublicKey) {
    try {
      return pem(new MiscPEMGenerator(traditionalInfo(keys, withPublicKey)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static PrivateKeyInfo traditionalInfo(KeyPair keys, boolean withPublicKey)
      throws IOException {
    PrivateKeyInfo info = PrivateKeyInfo.getInstance(keys.getPrivate().getEncoded());
    if (!(keys.getPrivate() instanceof ECPrivateKey ec)) {
      return info;
    }
    ASN1Encodable curve = info.getPrivateKeyAlgorithm().getParameters();
    ASN1BitString publicKey =
        withPublicKey
            ? SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()).getPublicKeyData()
            : null;
    int bits = ec.getParams().getOrder().bitLength();
    return new PrivateKeyInfo(
        info.getPrivateKeyAlgorithm(),
        new org.bouncycastle.asn1.sec.ECPrivateKey(bits, ec.getS(), publicKey, curve));
  }

  /** Encrypted PKCS#8 (PBES2, AES-256-CBC), "BEGIN ENCRYPTED PRIVATE KEY". */
  static String encryptedPkcs8(PrivateKey key, char[] password) {
    try {
      OutputEncryptor encryptor =
          new JceOpenSSLPKCS8EncryptorBuilder(
                  org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_aes256_CBC)
              .setProvider(BC)
              .setPassword(password)
              .build();
      return pem(new JcaPKCS8EncryptedPrivateKeyInfoBuilder(key).build(encryptor));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** OpenSSL's legacy "Proc-Type: 4,ENCRYPTED" PKCS#1 or SEC1 key. */
  static String legacyEncrypted(KeyPair keys, char[] password) {
    try {
      return pem(
          new MiscPEMGenerator(
              traditionalInfo(keys, true),
              new JcePEMEncryptorBuilder("AES-128-CBC").setProvider(BC).build(password)));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Path write(Path file, String text) {
    try {
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Path pkcs12(Path file, char[] password, String alias, KeyMaterial material) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      if (material != null) {
        store.setKeyEntry(
            alias,
            material.privateKey(),
            password,
            material.certificateChain().toArray(Certificate[]::new));
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        store.store(out, password);
      }
      return file;
    } catch (GeneralSecurityException | IOException e) {
      throw new AssertionError(e);
    }
  }
}
