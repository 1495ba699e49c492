package dev.ferry.ftp.cli.internal.config;

import dev.ferry.ftp.tls.KeyMaterial;
import dev.ferry.ftp.tls.SelfSignedCertificate;
import dev.ferry.ftp.tls.TlsPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The server's certificate and TLS policy. Without a certificate, a self-signed one for {@code
 * selfSignedHosts} is generated once and kept in {@code selfSignedDirectory}, so clients that
 * pinned it keep trusting it across restarts.
 *
 * @param certificate the PEM certificate chain, or empty for a self-signed certificate
 * @param privateKey the PEM private key; required with a certificate
 * @param privateKeyPassword the key's password when it is encrypted; never printed
 * @param selfSignedHosts the names a generated certificate carries
 * @param selfSignedDirectory where a generated certificate and key are kept
 * @param policy protocols, suites, what is required and the session-reuse rule (mode left off:
 *     each listener sets its own)
 */
public record TlsSettings(
    Optional<Path> certificate,
    Optional<Path> privateKey,
    Optional<String> privateKeyPassword,
    List<String> selfSignedHosts,
    Path selfSignedDirectory,
    TlsPolicy policy) {
  /**
   * Checks the values.
   *
   * @param certificate the certificate file, or empty
   * @param privateKey the key file, or empty
   * @param privateKeyPassword the key's password, or empty
   * @param selfSignedHosts at least one host
   * @param selfSignedDirectory where to keep a generated certificate
   * @param policy the policy
   */
  public TlsSettings {
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(privateKeyPassword, "privateKeyPassword");
    selfSignedHosts = List.copyOf(selfSignedHosts);
    Objects.requireNonNull(selfSignedDirectory, "selfSignedDirectory");
    Objects.requireNonNull(policy, "policy");
  }

  /**
   * Loads the configured key material, or loads or generates the self-signed one. Called at start
   * and on every reload.
   *
   * @return the key material
   * @throws dev.ferry.ftp.tls.TlsConfigurationException naming the file and the problem
   */
  public KeyMaterial loadKeys() {
    if (certificate.isPresent()) {
      return KeyMaterial.fromPem(certificate.get(), privateKey.orElseThrow(),
          privateKeyPassword.map(String::toCharArray).orElse(null));
    }
    return SelfSignedCertificate.forHosts(selfSignedHosts).loadOrGenerate(
        selfSignedDirectory.resolve("self-signed-cert.pem"),
        selfSignedDirectory.resolve("self-signed-key.pem"));
  }

  /** Lists everything but the key's password. */
  @Override
  public String toString() {
    return "TlsSettings[certificate=" + certificate + ", privateKey=" + privateKey
        + ", privateKeyPassword=" + privateKeyPassword.map(p -> "(hidden)").orElse("(none)")
        + ", selfSignedHosts=" + selfSignedHosts + ", selfSignedDirectory=" + selfSignedDirectory
        + ", policy=" + policy + "]";
  }
}
