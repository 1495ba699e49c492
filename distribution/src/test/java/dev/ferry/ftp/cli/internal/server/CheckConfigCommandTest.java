package dev.ferry.ftp.cli.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.tls.SelfSignedCertificate;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckConfigCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int check(Map<String, String> env, String... args) {
    CommandLine line = new CommandLine(new CheckConfigCommand(env));
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    return line.execute(args);
  }

  private String config(String yaml) throws Exception {
    Path file = dir.resolve("ferry.yaml");
    Files.writeString(file, yaml);
    return file.toString();
  }

  @Test
  void aValidConfigurationIsDescribed() throws Exception {
    Files.writeString(dir.resolve("users.yaml"), "users: {}\n");
    String file = config("listeners: [{port: 21}, {port: 990, tls: implicit}, "
        + "{port: 2020, tls: off}]\n");
    assertEquals(0, check(Map.of(), "--config", file), err.toString());
    assertTrue(out.toString().contains(": OK"), out.toString());
    assertTrue(out.toString().contains("listener 0.0.0.0:990 (implicit TLS)"), out.toString());
    assertTrue(out.toString().contains("(plain FTP)"), out.toString());
    assertTrue(out.toString().contains("certificate: self-signed"), out.toString());
    assertTrue(Files.notExists(dir.resolve("tls")), "check-config writes nothing");
  }

  @Test
  void aConfiguredCertificateIsLoaded() throws Exception {
    Files.writeString(dir.resolve("users.yaml"), "users: {}\n");
    SelfSignedCertificate.forHosts("localhost").generate()
        .writePem(dir.resolve("c.pem"), dir.resolve("k.pem"));
    String file = config("listeners: [{port: 21}]\ntls: {certificate: c.pem, private-key: k.pem}\n");
    assertEquals(0, check(Map.of(), "--config", file), err.toString());
    assertTrue(out.toString().contains("certificate: KeyMaterial["), out.toString());
  }

  @Test
  void anExpiredCertificateIsAnError() throws Exception {
    Files.writeString(dir.resolve("users.yaml"), "users: {}\n");
    Clock past = Clock.fixed(Instant.now().minus(Duration.ofDays(400)), ZoneOffset.UTC);
    SelfSignedCertificate.forHosts("localhost").withClock(past).generate()
        .writePem(dir.resolve("c.pem"), dir.resolve("k.pem"));
    String file = config("listeners: [{port: 21}]\ntls: {certificate: c.pem, private-key: k.pem}\n");
    assertEquals(1, check(Map.of(), "--config", file));
    assertTrue(err.toString().contains("tls.certificate: the certificate"), err.toString());
  }

  @Test
  void eachProblemExitsWithOneAndANamedMessage() throws Exception {
    String file = config("listeners: [{port: 21}]\nlimits: {max-sessions: -1}\n");
    assertEquals(1, check(Map.of(), "--config", file));
    assertEquals("ferry: " + file + ":2: limits.max-sessions: must be a whole number from 1 to"
        + " 2147483647, not \"-1\"", err.toString().strip());

    err.getBuffer().setLength(0);
    Files.writeString(dir.resolve("users.yaml"), "users:\n  bob: {password: x}\n");
    assertEquals(1, check(Map.of(), "--config", config("listeners: [{port: 21}]\n")));
    assertTrue(err.toString().contains("users.yaml:2: users.bob.password"), err.toString());

    err.getBuffer().setLength(0);
    assertEquals(1, check(Map.of("FERRY_TLS_POLICY", "ancient"), "--config", file));
    assertTrue(err.toString().contains("environment variable FERRY_TLS_POLICY: tls.policy: must"
        + " be one of modern, intermediate, compatible"), err.toString());

    err.getBuffer().setLength(0);
    Files.writeString(dir.resolve("users.yaml"), "users: {}\n");
    assertEquals(1, check(Map.of(), "--config", config(
        "listeners: [{port: 21}]\ntls: {certificate: c.pem, private-key: k.pem}\n")));
    assertTrue(err.toString().contains("c.pem"), err.toString());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, check(Map.of(), "--no-such-option"));
  }
}
