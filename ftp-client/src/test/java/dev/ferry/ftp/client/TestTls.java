package dev.ferry.ftp.client;

import dev.ferry.ftp.tls.ClientTls;
import dev.ferry.ftp.tls.KeyMaterial;
import dev.ferry.ftp.tls.SelfSignedCertificate;
import dev.ferry.ftp.tls.SessionReuse;
import dev.ferry.ftp.tls.TlsMode;
import dev.ferry.ftp.tls.TlsPolicy;
import dev.ferry.ftp.tls.TrustSource;
import java.nio.file.Path;
import java.util.List;

/**
 * The FTPS test servers' certificate, generated once per run for {@code 127.0.0.1}, and client
 * settings that trust it and nothing else.
 */
final class TestTls {
  /** Key generation is not free: one key for every server of the run. */
  static final KeyMaterial KEYS = SelfSignedCertificate.forHosts("127.0.0.1").generate();

  private TestTls() {}

  /** Trusts {@link #KEYS} only, with the host name checked. */
  static TrustSource trust() {
    return TrustSource.of(List.of(KEYS.certificate()));
  }

  /**
   * A client in the given mode that must resume the control session on every data connection
   * ({@link SessionReuse#REQUIRE}, the opt-in strict mode): a data connection that cannot fails on
   * the client at once, so these tests prove reuse rather than trust the server to check it.
   *
   * @param protocols the TLS versions to offer, for example {@code "TLSv1.2"}
   */
  static ClientTls client(TlsMode mode, String... protocols) {
    return client(mode, SessionReuse.REQUIRE, protocols);
  }

  /** A client in the given mode with the given reuse rule; {@link SessionReuse#WARN} is lenient. */
  static ClientTls client(TlsMode mode, SessionReuse reuse, String... protocols) {
    TlsPolicy.Builder policy = TlsPolicy.DEFAULT.toBuilder().mode(mode).sessionReuse(reuse);
    if (protocols.length > 0) {
      policy.protocols(protocols);
    }
    return ClientTls.create(trust(), policy.build());
  }

  /** Writes the certificate and key as PEM files into {@code dir}: certificate first. */
  static List<Path> writePem(Path dir) {
    Path certificate = dir.resolve("cert.pem");
    Path key = dir.resolve("key.pem");
    KEYS.writePem(certificate, key);
    return List.of(certificate, key);
  }
}
