package dev.ferry.ftp.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matching a client certificate by subject and subject alternative names, made by openssl. */
class CertificateLoginTest {
  @TempDir
  static Path dir;

  private static X509Certificate carol;

  @BeforeAll
  static void certificate() throws Exception {
    List<String> command = List.of("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
        "ec_paramgen_curve:P-256", "-nodes", "-days", "1", "-subj", "/O=Example/CN=carol",
        "-addext", "subjectAltName=email:Carol@Example.com,DNS:carol.example.com",
        "-keyout", dir.resolve("key.pem").toString(), "-out", dir.resolve("cert.pem").toString());
    boolean made;
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      made = process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      made = false;
    }
    assumeTrue(made, "openssl is not installed or too old for -addext");
    try (InputStream in = Files.newInputStream(dir.resolve("cert.pem"))) {
      carol = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  @Test
  void matchesBySubjectEmailOrDnsName() {
    assertTrue(login(Set.of(new X500Principal("CN=carol, O=Example")), Set.of(), Set.of())
        .matches(carol), "X.500 comparison ignores spacing");
    assertTrue(login(Set.of(), Set.of("carol@example.COM"), Set.of()).matches(carol));
    assertTrue(login(Set.of(), Set.of(), Set.of("Carol.Example.com")).matches(carol));
  }

  @Test
  void otherNamesDoNotMatch() {
    assertFalse(login(Set.of(new X500Principal("CN=carol")), Set.of(), Set.of()).matches(carol));
    assertFalse(login(Set.of(), Set.of("carol.example.com"), Set.of()).matches(carol),
        "a host name is not an e-mail address");
    assertFalse(login(Set.of(), Set.of(), Set.of("carol@example.com")).matches(carol));
    assertFalse(CertificateLogin.NONE.matches(carol));
    assertFalse(CertificateLogin.NONE.configured());
  }

  @Test
  void namesAreKeptInLowerCase() {
    CertificateLogin login = login(Set.of(), Set.of("A@B.C"), Set.of("X.Y"));
    assertEquals(Set.of("a@b.c"), login.emails());
    assertEquals(Set.of("x.y"), login.dnsNames());
    assertTrue(login.configured());
    assertEquals(new UserTls(false, false, login),
        UserTls.NONE.withCertificate(login));
  }

  private static CertificateLogin login(Set<X500Principal> subjects, Set<String> emails,
      Set<String> dns) {
    return new CertificateLogin(subjects, emails, dns, true);
  }
}
