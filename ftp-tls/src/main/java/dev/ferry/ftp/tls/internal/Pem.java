package dev.ferry.ftp.tls.internal;

import dev.ferry.ftp.tls.TlsConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.X509TrustedCertificateBlock;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Reads and writes PEM files (RFC 7468) with Bouncy Castle's {@code PEMParser}: certificates, and
 * private keys as PKCS#8 ({@code PRIVATE KEY}), encrypted PKCS#8 ({@code ENCRYPTED PRIVATE KEY}),
 * PKCS#1 ({@code RSA PRIVATE KEY}) and SEC1 ({@code EC PRIVATE KEY}), the last two also with
 * OpenSSL's legacy {@code Proc-Type: 4,ENCRYPTED} header.
 *
 * <p>Keys are converted to the JDK's own key classes, so JSSE signs with its usual providers; the
 * Bouncy Castle provider is used only to decrypt, and is never installed.
 */
public final class Pem {
  /** The largest PEM file read: far beyond any real chain, small enough to never hurt. */
  private static final long MAX_FILE_SIZE = 1 << 20;

  /**
   * What a PEM file held.
   *
   * @param certificates the certificates, in file order
   * @param keys the private keys, in file order
   */
  public record Contents(List<X509Certificate> certificates, List<PrivateKey> keys) {}

  private Pem() {}

  /**
   * Reads every certificate and private key in {@code file}; other blocks (EC parameters, public
   * keys, requests) are skipped.
   *
   * @param file the PEM file
   * @param password the password of an encrypted key, or {@code null}
   * @return the contents
   * @throws TlsConfigurationException naming the file if it cannot be read, holds no PEM data, is
   *     malformed, or holds an encrypted key that cannot be decrypted
   */
  public static Contents read(Path file, char[] password) {
    String text = readText(file);
    List<X509Certificate> certificates = new ArrayList<>();
    List<PrivateKey> keys = new ArrayList<>();
    JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
    int blocks = 0;
    try (PEMParser parser = new PEMParser(new StringReader(text))) {
      for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
        blocks++;
        if (item instanceof X509CertificateHolder holder) {
          certificates.add(certificate(holder));
        } else if (item instanceof X509TrustedCertificateBlock block) {
          certificates.add(certificate(block.getCertificateHolder()));
        } else if (item instanceof PrivateKeyInfo info) {
          keys.add(converter.getPrivateKey(info));
        } else if (item instanceof PEMKeyPair pair) {
          // Only the private half: SEC1 keys may omit the public key (RFC 5915 §3).
          keys.add(converter.getPrivateKey(pair.getPrivateKeyInfo()));
        } else if (item instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
          keys.add(converter.getPrivateKey(decrypt(file, encrypted, password)));
        } else if (item instanceof PEMEncryptedKeyPair encrypted) {
          keys.add(converter.getPrivateKey(decrypt(file, encrypted, password).getPrivateKeyInfo()));
        }
      }
    } catch (TlsConfigurationException e) {
      throw e;
    } catch (IOException | CertificateException | RuntimeException e) {
      throw new TlsConfigurationException(file + ": malformed PEM data: " + e.getMessage(), e);
    }
    if (blocks == 0) {
      throw new TlsConfigurationException(
          file
              + ": no PEM data (expected blocks like -----BEGIN CERTIFICATE-----; "
              + "a DER or PKCS#12 file needs converting or the PKCS#12 loader)");
    }
    return new Contents(List.copyOf(certificates), List.copyOf(keys));
  }

  /**
   * Formats certificates as PEM.
   *
   * @param certificates the certificates
   * @return the PEM text
   */
  public static String format(List<X509Certificate> certificates) {
    return write(certificates.toArray());
  }

  /**
   * Formats a private key as unencrypted PKCS#8 PEM ({@code BEGIN PRIVATE KEY}).
   *
   * @param key the key
   * @return the PEM text
   */
  public static String format(PrivateKey key) {
    try {
      return write(new JcaPKCS8Generator(key, null));
    } catch (IOException e) {
      throw new TlsConfigurationException("cannot encode the " + key.getAlgorithm() + " key", e);
    }
  }

  private static String write(Object... objects) {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      for (Object object : objects) {
        writer.writeObject(object);
      }
    } catch (IOException e) {
      throw new TlsConfigurationException("cannot encode as PEM: " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static String readText(Path file) {
    try {
      if (Files.size(file) > MAX_FILE_SIZE) {
        throw new TlsConfigurationException(
            file + ": larger than " + MAX_FILE_SIZE + " bytes; not a PEM key or certificate file");
      }
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw TlsFiles.unreadable(file, e);
    }
  }

  private static X509Certificate certificate(X509CertificateHolder holder)
      throws CertificateException {
    return new JcaX509CertificateConverter().getCertificate(holder);
  }

  private static PrivateKeyInfo decrypt(
      Path file, PKCS8EncryptedPrivateKeyInfo encrypted, char[] password) {
    requirePassword(file, password);
    try {
      return encrypted.decryptPrivateKeyInfo(
          new JceOpenSSLPKCS8DecryptorProviderBuilder()
              .setProvider(bouncyCastle())
              .build(password));
    } catch (Exception e) {
      // A wrong password shows as bad padding, or (1 time in 256) as garbage that fails to parse.
      throw wrongPassword(file, e);
    }
  }

  private static PEMKeyPair decrypt(Path file, PEMEncryptedKeyPair encrypted, char[] password) {
    requirePassword(file, password);
    try {
      return encrypted.decryptKeyPair(
          new JcePEMDecryptorProviderBuilder().setProvider(bouncyCastle()).build(password));
    } catch (Exception e) {
      throw wrongPassword(file, e);
    }
  }

  private static void requirePassword(Path file, char[] password) {
    if (password == null) {
      throw new TlsConfigurationException(
          file + ": the private key is encrypted, and no password was given for it");
    }
  }

  private static TlsConfigurationException wrongPassword(Path file, Exception cause) {
    return new TlsConfigurationException(
        file + ": cannot decrypt the private key: wrong password (" + cause.getMessage() + ")",
        cause);
  }

  private static Provider bouncyCastle() {
    return BouncyCastleHolder.PROVIDER;
  }

  /** Created on first use only: the provider is large, and most keys are not encrypted. */
  private static final class BouncyCastleHolder {
    static final Provider PROVIDER = new BouncyCastleProvider();
  }
}
