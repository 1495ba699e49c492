package dev.ferry.ftp.tls.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificatesTest {
  private static KeyPair generate(String algorithm) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
    if (algorithm.equals("EC")) {
      generator.initialize(new ECGenParameterSpec("secp384r1"));
    } else if (algorithm.equals("RSA")
        || algorithm.equals("RSASSA-PSS")
        || algorithm.equals("DSA")) {
      generator.initialize(2048);
    }
    return generator.generateKeyPair();
  }

  @ParameterizedTest
  @ValueSource(strings = {"EC", "RSA", "RSASSA-PSS", "Ed25519", "Ed448", "DSA"})
  void aKeyPairsWithItselfAndNotWithAnother(String algorithm) throws Exception {
    KeyPair keys = generate(algorithm);
    KeyPair other = generate(algorithm);
    assertTrue(Certificates.isPair(keys.getPrivate(), keys.getPublic()));
    assertFalse(Certificates.isPair(keys.getPrivate(), other.getPublic()));
  }

  @Test
  void keysOfDifferentFamiliesNeverPair() throws Exception {
    assertFalse(Certificates.isPair(generate("EC").getPrivate(), generate("RSA").getPublic()));
  }

  @Test
  void unsupportedKeyAlgorithmsDoNotPair() throws Exception {
    KeyPair xdh = generate("X25519");
    assertFalse(Certificates.isPair(xdh.getPrivate(), xdh.getPublic()));
  }
}
