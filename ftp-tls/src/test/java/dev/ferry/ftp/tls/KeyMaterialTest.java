package dev.ferry.ftp.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.tls.internal.Certificates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeyMaterialTest {
  private static final char[] PASSWORD = "s3cret-pass".toCharArray();

  @TempDir Path dir;

  static Stream<Arguments> keyFormats() {
    Function<KeyPair, String> pkcs8 = keys -> TestPki.pkcs8(keys.getPrivate());
    Function<KeyPair, String> traditional = TestPki::traditional;
    Function<KeyPair, String> sec1WithoutPublicKey = keys -> TestPki.traditional(keys, false);
    Function<KeyPair, String> encrypted =
        keys -> TestPki.encryptedPkcs8(keys.getPrivate(), PASSWORD);
    Function<KeyPair, String> legacy = keys -> TestPki.legacyEncrypted(keys, PASSWORD);
    return Stream.of(
        Arguments.of("EC PKCS#8", TestPki.ec(), pkcs8, "BEGIN PRIVATE KEY", null),
        Arguments.of("RSA PKCS#8", TestPki.rsa(), pkcs8, "BEGIN PRIVATE KEY", null),
        Arguments.of("RSA PKCS#1", TestPki.rsa(), traditional, "BEGIN RSA PRIVATE KEY", null),
        Arguments.of("EC SEC1", TestPki.ec(), traditional, "BEGIN EC PRIVATE KEY", null),
        Arguments.of(
            "EC SEC1 without public key",
            TestPki.ec(),
            sec1WithoutPublicKey,
            "BEGIN EC PRIVATE KEY",
            null),
        Arguments.of(
            "EC encrypted PKCS#8",
            TestPki.ec(),
            encrypted,
            "BEGIN ENCRYPTED PRIVATE KEY",
            PASSWORD),
        Arguments.of(
            "RSA encrypted PKCS#8",
            TestPki.rsa(),
            encrypted,
            "BEGIN ENCRYPTED PRIVATE KEY",
            PASSWORD),
        Arguments.of(
            "RSA legacy encrypted PKCS#1",
            TestPki.rsa(),
            legacy,
            "Proc-Type: 4,ENCRYPTED",
            PASSWORD),
        Arguments.of(
            "EC legacy encrypted SEC1", TestPki.ec(), legacy, "Proc-Type: 4,ENCRYPTED", PASSWORD));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keyFormats")
  void loadsEveryPemKeyFormat(
      String name, KeyPair keys, Function<KeyPair, String> format, String marker, char[] password) {
    KeyMaterial issued =
        TestPki.leaf(
            TestPki.ca(),
            keys,
            "CN=" + name,
            List.of("localhost"),
            Instant.now().minusSeconds(60),
            Instant.now().plus(Duration.ofDays(1)));
    String keyPem = format.apply(keys);
    assertTrue(keyPem.contains(marker), keyPem);
    Path cert =
        TestPki.write(dir.resolve("cert.pem"), TestPki.pem(issued.certificateChain().toArray()));
    Path key = TestPki.write(dir.resolve("key.pem"), keyPem);

    KeyMaterial loaded = KeyMaterial.fromPem(cert, key, password);

    assertEquals(issued.certificateChain(), loaded.certificateChain());
    assertEquals(keys.getPrivate().getAlgorithm(), loaded.privateKey().getAlgorithm());
    assertTrue(Certificates.isPair(loaded.privateKey(), keys.getPublic()));
  }

  @Test
  void loadsCertificateAndKeyFromOneFile() {
    KeyMaterial material = TestPki.localhost();
    Path combined =
        TestPki.write(
            dir.resolve("combined.pem"),
            TestPki.pkcs8(material.privateKey())
                + TestPki.pem(material.certificateChain().toArray()));
    KeyMaterial loaded = KeyMaterial.fromPem(combined, combined);
    assertEquals(material.certificateChain(), loaded.certificateChain());
    assertEquals(material.certificate(), loaded.certificate());
  }

  @Test
  void writePemRoundTripsWithAnOwnerOnlyKeyFile() throws Exception {
    KeyMaterial material = TestPki.localhost();
    Path cert = dir.resolve("out/cert.pem");
    Path key = dir.resolve("out/key.pem");
    material.writePem(cert, key);
    KeyMaterial loaded = KeyMaterial.fromPem(cert, key);
    assertEquals(material.certificateChain(), loaded.certificateChain());
    assertTrue(Files.readString(key).startsWith("-----BEGIN PRIVATE KEY-----"));
    if (Files.getFileStore(key).supportsFileAttributeView("posix")) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
      assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(cert)));
    }
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertEquals(2, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void fingerprintIsOpenSslsSha256Format() throws Exception {
    KeyMaterial material = TestPki.localhost();
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(material.certificate().getEncoded());
    assertEquals(
        HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest), material.fingerprint());
    assertTrue(material.fingerprint().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"));
  }

  @Test
  void toStringShowsTheCertificateButNeverTheKey() {
    KeyMaterial material = TestPki.localhost();
    String text = material.toString();
    assertTrue(text.contains("CN=localhost"), text);
    assertTrue(text.contains(material.fingerprint()), text);
    assertFalse(
        text.contains(
            HexFormat.of().formatHex(material.privateKey().getEncoded()).substring(0, 40)));
  }

  @Test
  void expiredCertificateLoadsAndReportsTheProblem() {
    Instant now = Instant.now();
    KeyMaterial expired =
        TestPki.localhost(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)));
    Path cert = TestPki.write(dir.resolve("cert.pem"), TestPki.pem(expired.certificate()));
    Path key = TestPki.write(dir.resolve("key.pem"), TestPki.pkcs8(expired.privateKey()));
    KeyMaterial loaded = KeyMaterial.fromPem(cert, key);
    assertTrue(loaded.validityProblem(now).orElseThrow().startsWith("expired on "));
    assertTrue(
        loaded
            .validityProblem(now.minus(Duration.ofDays(40)))
            .orElseThrow()
            .startsWith("not valid before "));
    assertTrue(loaded.validityProblem(now.minus(Duration.ofDays(10))).isEmpty());
  }

  // --- bad PEM input: each error names the file and says what is wrong ---

  @Test
  void garbageIsNotPem() {
    Path file =
        TestPki.write(dir.resolve("garbage.pem"), "this is not a certificate\n\u0000\u0001");
    assertError(() -> KeyMaterial.fromPem(file, file), file + ": no PEM data");
  }

  @Test
  void emptyFileIsNotPem() {
    Path file = TestPki.write(dir.resolve("empty.pem"), "");
    assertError(() -> KeyMaterial.fromPem(file, file), file + ": no PEM data");
  }

  @Test
  void brokenBase64IsMalformedPem() {
    Path file =
        TestPki.write(
            dir.resolve("broken.pem"),
            "-----BEGIN CERTIFICATE-----\nMIIB!!!!notbase64@@@\n-----END CERTIFICATE-----\n");
    assertError(() -> KeyMaterial.fromPem(file, file), file + ": malformed PEM data");
  }

  @Test
  void certificateWithoutEndIsMalformed() {
    String pem = TestPki.pem(TestPki.localhost().certificate());
    Path file = TestPki.write(dir.resolve("cut.pem"), pem.substring(0, pem.length() / 2));
    assertError(() -> KeyMaterial.fromPem(file, file), file + ": malformed PEM data");
  }

  @Test
  void missingFileIsNamed() {
    Path missing = dir.resolve("nope.pem");
    assertError(() -> KeyMaterial.fromPem(missing, missing), missing + ": no such file");
  }

  @Test
  void hugeFileIsRefused() throws Exception {
    Path file = dir.resolve("huge.pem");
    Files.write(file, new byte[(1 << 20) + 1]);
    assertError(() -> KeyMaterial.fromPem(file, file), file + ": larger than");
  }

  @Test
  void keyFileWithoutKey() {
    KeyMaterial material = TestPki.localhost();
    Path cert = TestPki.write(dir.resolve("cert.pem"), TestPki.pem(material.certificate()));
    assertError(() -> KeyMaterial.fromPem(cert, cert), cert + ": no private key");
  }

  @Test
  void certificateFileWithoutCertificate() {
    Path key = TestPki.write(dir.resolve("key.pem"), TestPki.pkcs8(TestPki.ec().getPrivate()));
    assertError(() -> KeyMaterial.fromPem(key, key), key + ": no certificate");
  }

  @Test
  void twoKeysInOneFile() {
    KeyMaterial material = TestPki.localhost();
    Path cert = TestPki.write(dir.resolve("cert.pem"), TestPki.pem(material.certificate()));
    Path key =
        TestPki.write(
            dir.resolve("key.pem"),
            TestPki.pkcs8(material.privateKey()) + TestPki.pkcs8(TestPki.rsa().getPrivate()));
    assertError(() -> KeyMaterial.fromPem(cert, key), key + ": holds 2 private keys");
  }

  @Test
  void keyThatDoesNotMatchTheCertificate() {
    KeyMaterial material = TestPki.localhost();
    Path cert = TestPki.write(dir.resolve("cert.pem"), TestPki.pem(material.certificate()));
    Path key =
        TestPki.write(
            dir.resolve("other-key.pem"), TestPki.pkcs8(TestPki.generate("EC").getPrivate()));
    assertError(
        () -> KeyMaterial.fromPem(cert, key),
        "the private key in "
            + key
            + " does not match the first certificate in "
            + cert
            + " (CN=localhost");
  }

  @Test
  void keyOfAnotherAlgorithmDoesNotMatch() {
    KeyMaterial material = TestPki.localhost();
    Path cert = TestPki.write(dir.resolve("cert.pem"), TestPki.pem(material.certificate()));
    Path key = TestPki.write(dir.resolve("rsa-key.pem"), TestPki.pkcs8(TestPki.rsa().getPrivate()));
    assertError(() -> KeyMaterial.fromPem(cert, key), "does not match the first certificate");
  }

  @Test
  void chainInTheWrongOrderDoesNotMatch() {
    KeyMaterial material = TestPki.localhost();
    Path cert =
        TestPki.write(
            dir.resolve("cert.pem"),
            TestPki.pem(material.certificateChain().get(1), material.certificate()));
    Path key = TestPki.write(dir.resolve("key.pem"), TestPki.pkcs8(material.privateKey()));
    assertError(() -> KeyMaterial.fromPem(cert, key), "(CN=Ferry Test CA");
  }

  @Test
  void encryptedKeyWithoutPassword() {
    KeyMaterial material = TestPki.localhost();
    Path cert = TestPki.write(dir.resolve("cert.pem"), TestPki.pem(material.certificate()));
    Path key =
        TestPki.write(
            dir.resolve("key.pem"), TestPki.encryptedPkcs8(material.privateKey(), PASSWORD));
    assertError(
        () -> KeyMaterial.fromPem(cert, key),
        key + ": the private key is encrypted, and no password");
  }

  @Test
  void encryptedKeyWithWrongPassword() {
    KeyMaterial material = TestPki.localhost();
    Path cert = TestPki.write(dir.resolve("cert.pem"), TestPki.pem(material.certificate()));
    Path key =
        TestPki.write(
            dir.resolve("key.pem"), TestPki.encryptedPkcs8(material.privateKey(), PASSWORD));
    Path legacy =
        TestPki.write(dir.resolve("legacy.pem"), TestPki.legacyEncrypted(TestPki.rsa(), PASSWORD));
    for (Path file : List.of(key, legacy)) {
      for (String wrong : List.of("wrong", "s3cret-pas", "")) {
        assertError(
            () -> KeyMaterial.fromPem(cert, file, wrong.toCharArray()),
            file + ": cannot decrypt the private key: wrong password");
      }
    }
  }

  @Test
  void ofRejectsAnEmptyChainAndAForeignKey() {
    assertError(
        () -> KeyMaterial.of(TestPki.ec().getPrivate(), List.of()),
        "the certificate chain is empty");
    assertError(
        () -> KeyMaterial.of(TestPki.rsa().getPrivate(), TestPki.localhost().certificateChain()),
        "the private key does not match the first certificate");
  }

  // --- PKCS#12 ---

  @Test
  void loadsThePkcs12KeyEntry() {
    KeyMaterial material = TestPki.localhost();
    Path store = TestPki.pkcs12(dir.resolve("server.p12"), PASSWORD, "server", material);
    KeyMaterial loaded = KeyMaterial.fromPkcs12(store, PASSWORD);
    assertEquals(material.certificateChain(), loaded.certificateChain());
    assertEquals(
        material.fingerprint(), KeyMaterial.fromPkcs12(store, PASSWORD, "server").fingerprint());
  }

  @Test
  void pkcs12WrongPassword() {
    Path store = TestPki.pkcs12(dir.resolve("server.p12"), PASSWORD, "server", TestPki.localhost());
    assertError(
        () -> KeyMaterial.fromPkcs12(store, "nope".toCharArray()),
        store + ": wrong password for the key store");
  }

  @Test
  void pkcs12MissingOrEmptyOrAmbiguous() throws Exception {
    Path missing = dir.resolve("missing.p12");
    assertError(() -> KeyMaterial.fromPkcs12(missing, PASSWORD), missing + ": no such file");

    Path empty = TestPki.pkcs12(dir.resolve("empty.p12"), PASSWORD, null, null);
    assertError(
        () -> KeyMaterial.fromPkcs12(empty, PASSWORD), empty + ": holds no private key entry");

    java.security.KeyStore two = java.security.KeyStore.getInstance("PKCS12");
    two.load(null, null);
    KeyMaterial a = TestPki.localhost();
    KeyMaterial b = SelfSignedCertificate.forHosts("b.example").generate();
    two.setKeyEntry(
        "a",
        a.privateKey(),
        PASSWORD,
        a.certificateChain().toArray(java.security.cert.Certificate[]::new));
    two.setKeyEntry(
        "b",
        b.privateKey(),
        PASSWORD,
        b.certificateChain().toArray(java.security.cert.Certificate[]::new));
    Path ambiguous = dir.resolve("two.p12");
    try (var out = Files.newOutputStream(ambiguous)) {
      two.store(out, PASSWORD);
    }
    assertError(
        () -> KeyMaterial.fromPkcs12(ambiguous, PASSWORD),
        ambiguous + ": holds several key entries");
    assertEquals(b.fingerprint(), KeyMaterial.fromPkcs12(ambiguous, PASSWORD, "b").fingerprint());
    assertError(
        () -> KeyMaterial.fromPkcs12(ambiguous, PASSWORD, "c"),
        ambiguous + ": no key entry named 'c'");
  }

  @Test
  void pkcs12KeyWithAnotherPassword() throws Exception {
    java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
    store.load(null, null);
    KeyMaterial material = TestPki.localhost();
    store.setKeyEntry(
        "k",
        material.privateKey(),
        "other".toCharArray(),
        material.certificateChain().toArray(java.security.cert.Certificate[]::new));
    Path file = dir.resolve("keypass.p12");
    try (var out = Files.newOutputStream(file)) {
      store.store(out, PASSWORD);
    }
    assertError(
        () -> KeyMaterial.fromPkcs12(file, PASSWORD), file + ": the key's password differs");
  }

  @Test
  void pemFileIsNotAPkcs12Store() {
    Path pem =
        TestPki.write(dir.resolve("cert.pem"), TestPki.pem(TestPki.localhost().certificate()));
    assertError(() -> KeyMaterial.fromPkcs12(pem, PASSWORD), pem + ": not a");
  }

  static void assertError(org.junit.jupiter.api.function.Executable action, String expected) {
    TlsConfigurationException e = assertThrows(TlsConfigurationException.class, action);
    assertTrue(
        e.getMessage().contains(expected),
        () -> "expected '" + expected + "' in: " + e.getMessage());
  }
}
