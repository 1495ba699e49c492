package dev.ferry.ftp.cli.internal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.cli.Ferry;
import dev.ferry.ftp.tls.KeyMaterial;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CertCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int ferry(String... args) {
    CommandLine line = Ferry.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    return line.execute(args);
  }

  @Test
  void generatesAndRefusesToOverwriteWithoutForce() {
    String cert = dir.resolve("tls/cert.pem").toString();
    String key = dir.resolve("tls/key.pem").toString();
    assertEquals(0, ferry("cert", "generate", "--host", "ftp.example.com", "--host",
        "192.0.2.7", "--cert", cert, "--key", key, "--days", "30"), err.toString());
    KeyMaterial keys = KeyMaterial.fromPem(Path.of(cert), Path.of(key));
    assertTrue(out.toString().contains(keys.fingerprint()), out.toString());

    assertEquals(1, ferry("cert", "generate", "--host", "ftp.example.com", "--cert", cert,
        "--key", key));
    assertTrue(err.toString().contains("exists; use --force"), err.toString());
    assertEquals(0, ferry("cert", "generate", "--host", "ftp.example.com", "--cert", cert,
        "--key", key, "--force", "--key-type", "RSA_2048"));

    assertEquals(1, ferry("cert", "generate", "--host", "not a host!", "--cert",
        dir.resolve("x.pem").toString(), "--key", dir.resolve("y.pem").toString()));
    assertEquals(2, ferry("cert", "generate"));
  }
}
