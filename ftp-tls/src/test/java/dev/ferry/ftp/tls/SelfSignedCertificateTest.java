package dev.ferry.ftp.tls;

import static dev.ferry.ftp.tls.KeyMaterialTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.tls.SelfSignedCertificate.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SelfSignedCertificateTest {
  private static final Instant NOW = Instant.parse("2030-06-01T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void namesEveryHostAndAddressInTheSubjectAlternativeName() throws Exception {
    KeyMaterial material =
        SelfSignedCertificate.forHosts(
                "ftp.example.com", "*.files.example.com", "192.0.2.7", "2001:db8::1", "localhost")
            .generate();
    X509Certificate certificate = material.certificate();
    List<String> dns = new ArrayList<>();
    List<String> ips = new ArrayList<>();
    for (List<?> name : certificate.getSubjectAlternativeNames()) {
      ((Integer) name.get(0) == 2 ? dns : ips).add((String) name.get(1));
    }
    assertEquals(List.of("ftp.example.com", "*.files.example.com", "localhost"), dns);
    assertEquals(List.of("192.0.2.7", "2001:db8:0:0:0:0:0:1"), ips);
    assertEquals("CN=ftp.example.com", certificate.getSubjectX500Principal().getName());
    assertEquals(certificate.getSubjectX500Principal(), certificate.getIssuerX500Principal());
    certificate.verify(certificate.getPublicKey());
    assertEquals(
        List.of("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"), certificate.getExtendedKeyUsage());
    assertEquals(-1, certificate.getBasicConstraints(), "not a CA");
    assertTrue(certificate.getKeyUsage()[0], "digitalSignature");
  }

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void generatesEachKeyTypeWithSha2(KeyType type) {
    KeyMaterial material = SelfSignedCertificate.forHosts("localhost").withKeyType(type).generate();
    X509Certificate certificate = material.certificate();
    switch (type) {
      case EC_P256 -> {
        assertEquals(256, ((ECKey) certificate.getPublicKey()).getParams().getOrder().bitLength());
        assertEquals("SHA256withECDSA", certificate.getSigAlgName());
      }
      case EC_P384 -> {
        assertEquals(384, ((ECKey) certificate.getPublicKey()).getParams().getOrder().bitLength());
        assertEquals("SHA384withECDSA", certificate.getSigAlgName());
      }
      case RSA_2048, RSA_3072 -> {
        int bits = type == KeyType.RSA_2048 ? 2048 : 3072;
        assertEquals(bits, ((RSAKey) certificate.getPublicKey()).getModulus().bitLength());
        assertEquals("SHA256withRSA", certificate.getSigAlgName());
        assertTrue(certificate.getKeyUsage()[2], "keyEncipherment for RSA");
      }
    }
  }

  @Test
  void datesComeFromTheClockWithSkewAllowance() {
    X509Certificate certificate =
        SelfSignedCertificate.forHosts("localhost")
            .withClock(CLOCK)
            .withValidity(Duration.ofDays(90))
            .generate()
            .certificate();
    assertEquals(NOW.minus(Duration.ofHours(1)), certificate.getNotBefore().toInstant());
    assertEquals(NOW.plus(Duration.ofDays(90)), certificate.getNotAfter().toInstant());
  }

  @Test
  void serialNumbersArePositiveRandomAndAtMostTwentyOctets() {
    Set<java.math.BigInteger> serials = new HashSet<>();
    SelfSignedCertificate recipe = SelfSignedCertificate.forHosts("localhost");
    for (int i = 0; i < 5; i++) {
      java.math.BigInteger serial = recipe.generate().certificate().getSerialNumber();
      assertTrue(serial.signum() > 0);
      assertTrue(serial.toByteArray().length <= 20);
      serials.add(serial);
    }
    assertEquals(5, serials.size());
  }

  @Test
  void recipeIsAnImmutableValue() {
    SelfSignedCertificate recipe = SelfSignedCertificate.forHosts(List.of("a.example", "10.0.0.1"));
    SelfSignedCertificate rsa = recipe.withKeyType(KeyType.RSA_2048);
    assertEquals(KeyType.EC_P256, recipe.keyType());
    assertEquals(KeyType.RSA_2048, rsa.keyType());
    assertEquals(Duration.ofDays(365), recipe.validity());
    assertEquals(List.of("a.example", "10.0.0.1"), rsa.hosts());
    assertTrue(recipe.toString().contains("a.example"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "exa mple.com",
        "-bad.example",
        "bad-.example",
        "a..b",
        "ftp.example.com/x",
        "256.1.1.1:21x",
        "::g"
      })
  void rejectsWhatIsNeitherAHostNameNorAnAddress(String host) {
    assertError(
        () -> SelfSignedCertificate.forHosts("localhost", host),
        "SelfSignedCertificate.hosts: '" + host + "'");
  }

  @Test
  void rejectsNoHostsAndBadValidity() {
    assertError(
        () -> SelfSignedCertificate.forHosts(), "SelfSignedCertificate.hosts: must not be empty");
    SelfSignedCertificate recipe = SelfSignedCertificate.forHosts("localhost");
    assertError(() -> recipe.withValidity(Duration.ZERO), "SelfSignedCertificate.validity");
    assertError(() -> recipe.withValidity(Duration.ofDays(-1)), "SelfSignedCertificate.validity");
    assertError(() -> recipe.withValidity(Duration.ofDays(826)), "at most 825 days");
    assertEquals(Duration.ofDays(825), recipe.withValidity(Duration.ofDays(825)).validity());
  }

  @Test
  void longFirstHostNameDoesNotBecomeTheCommonName() {
    String longName = "a".repeat(60) + ".example.com";
    X509Certificate certificate = SelfSignedCertificate.forHosts(longName).generate().certificate();
    assertEquals("CN=Ferry self-signed", certificate.getSubjectX500Principal().getName());
  }

  @Test
  void loadOrGenerateStoresOnceAndReusesAfterARestart() throws Exception {
    Path cert = dir.resolve("tls/cert.pem");
    Path key = dir.resolve("tls/key.pem");
    SelfSignedCertificate recipe = SelfSignedCertificate.forHosts("localhost", "127.0.0.1");
    KeyMaterial first = recipe.loadOrGenerate(cert, key);
    assertTrue(Files.exists(cert));
    if (Files.getFileStore(key).supportsFileAttributeView("posix")) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    }
    KeyMaterial second = recipe.loadOrGenerate(cert, key);
    assertEquals(first.fingerprint(), second.fingerprint());
  }

  @Test
  void loadOrGenerateReplacesAnExpiredCertificate() {
    Path cert = dir.resolve("cert.pem");
    Path key = dir.resolve("key.pem");
    SelfSignedCertificate recipe =
        SelfSignedCertificate.forHosts("localhost")
            .withClock(CLOCK)
            .withValidity(Duration.ofDays(30));
    KeyMaterial old = recipe.loadOrGenerate(cert, key);
    KeyMaterial stillValid =
        recipe.withClock(Clock.offset(CLOCK, Duration.ofDays(29))).loadOrGenerate(cert, key);
    assertEquals(old.fingerprint(), stillValid.fingerprint());
    Clock later = Clock.offset(CLOCK, Duration.ofDays(31));
    KeyMaterial renewed = recipe.withClock(later).loadOrGenerate(cert, key);
    assertNotEquals(old.fingerprint(), renewed.fingerprint());
    assertTrue(renewed.validityProblem(later.instant()).isEmpty());
    assertEquals(renewed.fingerprint(), KeyMaterial.fromPem(cert, key).fingerprint());
  }

  @Test
  void loadOrGenerateRefusesHalfAPair() {
    Path cert = dir.resolve("cert.pem");
    Path key = dir.resolve("key.pem");
    SelfSignedCertificate recipe = SelfSignedCertificate.forHosts("localhost");
    TestPki.write(cert, TestPki.pem(TestPki.localhost().certificate()));
    assertError(
        () -> recipe.loadOrGenerate(cert, key), key + ": missing, while " + cert + " exists");
  }

  @Test
  void loadOrGenerateDoesNotOverwriteABrokenFile() {
    Path cert = TestPki.write(dir.resolve("cert.pem"), "garbage");
    Path key = TestPki.write(dir.resolve("key.pem"), "garbage");
    assertError(
        () -> SelfSignedCertificate.forHosts("localhost").loadOrGenerate(cert, key),
        cert + ": no PEM data");
  }
}
