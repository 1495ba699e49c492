package dev.ferry.ftp.tls.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SingleKeyManagerTest {
  private static X509Certificate selfSigned(KeyPair keys) {
    return CertificateIssuer.issue(
        new CertificateIssuer.Request(
            "CN=test",
            keys.getPublic(),
            List.of("localhost"),
            Instant.now(),
            Instant.now().plus(Duration.ofDays(1)),
            false),
        null,
        keys.getPrivate());
  }

  @Test
  void offersItsKeyForMatchingKeyTypesOnly() throws Exception {
    KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();
    X509Certificate certificate = selfSigned(ec);
    SingleKeyManager manager = new SingleKeyManager(ec.getPrivate(), List.of(certificate));

    assertEquals("ferry", manager.chooseServerAlias("EC", null, null));
    assertEquals("ferry", manager.chooseEngineServerAlias("EC", null, null));
    assertNull(manager.chooseServerAlias("RSA", null, null));
    assertNull(manager.chooseServerAlias(null, null, null));
    assertEquals("ferry", manager.chooseClientAlias(new String[] {"RSA", "EC"}, null, null));
    assertEquals("ferry", manager.chooseEngineClientAlias(new String[] {"EC"}, null, null));
    assertNull(manager.chooseClientAlias(new String[] {"RSA"}, null, null));
    assertNull(manager.chooseClientAlias(null, null, null));
    assertArrayEquals(new String[] {"ferry"}, manager.getServerAliases("EC", null));
    assertArrayEquals(new String[] {"ferry"}, manager.getClientAliases("EC", null));
    assertNull(manager.getServerAliases("RSASSA-PSS", null));

    assertSame(ec.getPrivate(), manager.getPrivateKey("ferry"));
    assertArrayEquals(new X509Certificate[] {certificate}, manager.getCertificateChain("ferry"));
    assertNull(manager.getPrivateKey("other"));
    assertNull(manager.getCertificateChain("other"));
  }

  @Test
  void edDsaKeysAnswerTheEdDsaKeyType() throws Exception {
    KeyPair ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    SingleKeyManager manager = new SingleKeyManager(ed.getPrivate(), List.of(selfSigned(ed)));
    assertEquals("ferry", manager.chooseServerAlias("EdDSA", null, null));
    assertNull(manager.chooseServerAlias("EC", null, null));
  }
}
