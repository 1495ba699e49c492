package dev.ferry.ftp.tls;

import static dev.ferry.ftp.tls.KeyMaterialTest.assertError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.tls.internal.Certificates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrustSourceTest {
  private static final char[] PASSWORD = "changeit".toCharArray();

  @TempDir Path dir;

  @Test
  void fingerprintsParseInEveryAcceptedSpelling() {
    KeyMaterial material = TestPki.localhost();
    byte[] digest = Certificates.sha256(material.certificate());
    List<String> spellings =
        List.of(
            material.fingerprint(),
            material.fingerprint().toLowerCase(),
            HexFormat.of().formatHex(digest),
            material.fingerprint().replace(':', ' '),
            "  " + material.fingerprint() + "\n",
            "sha256/" + Base64.getEncoder().encodeToString(digest),
            "SHA256/" + Base64.getEncoder().encodeToString(digest));
    for (String spelling : spellings) {
      assertArrayEquals(digest, TrustSource.parseFingerprint(spelling), spelling);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "AB:CD",
        "sha256/",
        "sha256/AAAA",
        "sha256/!!!notbase64!!!",
        "sha1/2jmj7l5rSw0yVb/vlWAYkK/YBwk=",
        "ZZ:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:"
            + "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"
      })
  void malformedFingerprintsAreNamed(String text) {
    assertError(
        () -> TrustSource.pinnedFingerprint(text), "TrustSource.pinnedFingerprint: '" + text + "'");
  }

  @Test
  void pinnedTrustAcceptsOnlyThePinnedCertificate() throws Exception {
    KeyMaterial pinned = TestPki.localhost();
    KeyMaterial other = SelfSignedCertificate.forHosts("localhost").generate();
    TrustSource trust = TrustSource.pinnedFingerprint(other.fingerprint(), pinned.fingerprint());
    X509ExtendedTrustManager manager = trust.trustManager();
    X509Certificate[] chain = pinned.certificateChain().toArray(X509Certificate[]::new);
    assertDoesNotThrow(() -> manager.checkServerTrusted(chain, "ECDHE_ECDSA"));
    assertDoesNotThrow(() -> manager.checkClientTrusted(chain, "EC"));

    KeyMaterial stranger = SelfSignedCertificate.forHosts("localhost").generate();
    X509Certificate[] strangerChain = {stranger.certificate()};
    CertificateException e =
        assertThrows(
            CertificateException.class,
            () -> manager.checkServerTrusted(strangerChain, "ECDHE_ECDSA"));
    assertTrue(e.getMessage().contains(stranger.fingerprint()), e.getMessage());
    assertTrue(e.getMessage().contains("which is not pinned"), e.getMessage());
    assertThrows(
        CertificateException.class, () -> manager.checkClientTrusted(new X509Certificate[0], "EC"));
    assertThrows(
        CertificateException.class,
        () -> manager.checkServerTrusted(null, "EC", (java.net.Socket) null));
    assertEquals(0, manager.getAcceptedIssuers().length);
    assertFalse(trust.checksHostName());
    assertTrue(trust.toString().contains(pinned.fingerprint()), trust.toString());
  }

  @Test
  void insecureTrustAllSaysSoAndTrustsAnything() throws Exception {
    TrustSource trust = TrustSource.insecureTrustAll();
    assertTrue(trust.toString().contains("INSECURE"), trust.toString());
    X509Certificate[] chain = {
      SelfSignedCertificate.forHosts("evil.example").generate().certificate()
    };
    trust.trustManager().checkServerTrusted(chain, "EC");
    trust.trustManager().checkClientTrusted(chain, "EC");
    trust.trustManager().checkServerTrusted(chain, "EC", (javax.net.ssl.SSLEngine) null);
    trust.trustManager().checkClientTrusted(chain, "EC", (javax.net.ssl.SSLEngine) null);
    trust.trustManager().checkServerTrusted(chain, "EC", (java.net.Socket) null);
    trust.trustManager().checkClientTrusted(chain, "EC", (java.net.Socket) null);
    assertEquals(0, trust.trustManager().getAcceptedIssuers().length);
    assertFalse(trust.checksHostName());
  }

  @Test
  void certificateAuthoritySourcesValidateChains() throws Exception {
    X509Certificate ca = TestPki.ca().certificate();
    Path pem = TestPki.write(dir.resolve("ca.pem"), TestPki.pem(ca));
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("ca", ca);
    Path p12 = dir.resolve("trust.p12");
    try (var out = Files.newOutputStream(p12)) {
      store.store(out, PASSWORD);
    }
    X509Certificate[] good = TestPki.localhost().certificateChain().toArray(X509Certificate[]::new);
    X509Certificate[] selfSigned = {
      SelfSignedCertificate.forHosts("localhost").generate().certificate()
    };
    for (TrustSource trust :
        List.of(
            TrustSource.fromPem(pem),
            TrustSource.fromKeyStore(p12, PASSWORD),
            TrustSource.of(List.of(ca)))) {
      assertTrue(trust.checksHostName());
      trust.trustManager().checkServerTrusted(good, "ECDHE_ECDSA");
      assertThrows(
          CertificateException.class,
          () -> trust.trustManager().checkServerTrusted(selfSigned, "ECDHE_ECDSA"));
    }
    assertTrue(TrustSource.fromPem(pem).toString().contains(pem.toString()));
    assertTrue(TrustSource.system().toString().contains("default trust store"));
    assertTrue(TrustSource.system().trustManager().getAcceptedIssuers().length > 0);
  }

  @Test
  void emptyOrBadTrustMaterialIsNamed() throws Exception {
    Path key = TestPki.write(dir.resolve("key.pem"), TestPki.pkcs8(TestPki.ec().getPrivate()));
    assertError(() -> TrustSource.fromPem(key), key + ": no certificate");
    Path empty = TestPki.pkcs12(dir.resolve("empty.p12"), PASSWORD, null, null);
    assertError(() -> TrustSource.fromKeyStore(empty, PASSWORD), empty + ": holds no certificate");
    Path store = TestPki.pkcs12(dir.resolve("store.p12"), PASSWORD, "k", TestPki.localhost());
    assertError(
        () -> TrustSource.fromKeyStore(store, "wrong".toCharArray()), store + ": wrong password");
    assertError(() -> TrustSource.of(List.of()), "no certificate given");
    assertError(() -> TrustSource.pinnedFingerprint(), "no fingerprint given");
  }
}
