package dev.ferry.ftp.cli.internal.admin;

import dev.ferry.ftp.cli.internal.config.Installation;
import dev.ferry.ftp.tls.KeyMaterial;
import dev.ferry.ftp.tls.SelfSignedCertificate;
import dev.ferry.ftp.tls.TlsConfigurationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ferry cert generate}: a self-signed certificate and key as PEM files. */
@Command(name = "cert", mixinStandardHelpOptions = true,
    description = "Makes TLS certificates.",
    subcommands = CertCommand.Generate.class)
public final class CertCommand {
  /** {@code ferry cert generate --host H}. */
  @Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Generates a self-signed certificate (ECDSA P-256 by default) for host"
          + " names and addresses, and writes it and its key as PEM.",
          "Point tls.certificate and tls.private-key of ferry.yaml at them."},
      exitCodeListHeading = "Exit codes:%n",
      exitCodeList = {"0:written", "1:a file exists (without --force) or cannot be written",
          "2:bad command-line arguments"})
  static final class Generate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--host", required = true, paramLabel = "H",
        description = "A DNS name or IP address the certificate names; repeatable.")
    List<String> hosts;

    @Option(names = "--cert", paramLabel = "FILE",
        description = "The certificate file (default: conf/tls/cert.pem of the installation).")
    Path certificate = Installation.conf("tls", "cert.pem");

    @Option(names = "--key", paramLabel = "FILE",
        description = "The private key file, owner-only (default: conf/tls/key.pem).")
    Path key = Installation.conf("tls", "key.pem");

    @Option(names = "--days", paramLabel = "N",
        description = "Validity in days, at most 825 (default: ${DEFAULT-VALUE}).")
    int days = 365;

    @Option(names = "--key-type", paramLabel = "TYPE",
        description = "EC_P256 (default), EC_P384, RSA_2048 or RSA_3072.")
    SelfSignedCertificate.KeyType keyType = SelfSignedCertificate.KeyType.EC_P256;

    @Option(names = "--force", description = "Replaces existing files.")
    boolean force;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      if (!force && (Files.exists(certificate) || Files.exists(key))) {
        err.println("ferry: " + (Files.exists(certificate) ? certificate : key)
            + " exists; use --force to replace it");
        return 1;
      }
      try {
        KeyMaterial keys = SelfSignedCertificate.forHosts(hosts).withKeyType(keyType)
            .withValidity(Duration.ofDays(days)).generate();
        for (Path file : List.of(certificate, key)) {
          Path parent = file.toAbsolutePath().getParent();
          Files.createDirectories(parent);
        }
        keys.writePem(certificate, key);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Certificate: " + certificate);
        out.println("Private key: " + key);
        out.println("SHA-256 fingerprint: " + keys.fingerprint());
        out.flush();
        return 0;
      } catch (TlsConfigurationException | IOException e) {
        err.println("ferry: " + e.getMessage());
        return 1;
      }
    }
  }
}
