package dev.ferry.ftp.server.auth;

import java.util.Objects;

/**
 * What one user needs of TLS (RFC 4217), on top of what the listener requires: a protected control
 * connection (the login itself, and no {@code CCC} afterwards), protected data connections ({@code
 * PROT P}; clear text gets {@code 521}), and the client certificates that identify the user.
 *
 * <p>The control requirement is checked at {@code PASS}, after the password, on the same path and
 * in the same time as any login, so that neither the reply nor its timing tells a guesser which
 * names exist or need TLS: a right password on a clear control connection gets {@code 530} and a
 * text asking for {@code AUTH TLS}; a wrong one gets the usual {@code 530 Login incorrect.}. (The
 * password has then crossed the network in clear text; the user should change it.)
 *
 * @param controlRequired whether the user must log in over a protected control connection
 * @param dataRequired whether the user's data connections must be protected
 * @param certificate which client certificates identify the user
 */
public record UserTls(boolean controlRequired, boolean dataRequired,
    CertificateLogin certificate) {
  /** Nothing beyond the listener's policy. */
  public static final UserTls NONE = new UserTls(false, false, CertificateLogin.NONE);

  /**
   * Checks the values.
   *
   * @param controlRequired whether the login needs TLS
   * @param dataRequired whether data needs TLS
   * @param certificate the certificate login, or {@link CertificateLogin#NONE}
   */
  public UserTls {
    Objects.requireNonNull(certificate, "tls.certificate");
  }

  /**
   * Returns a copy with another certificate login.
   *
   * @param login the certificates that identify the user
   * @return the copy
   */
  public UserTls withCertificate(CertificateLogin login) {
    return new UserTls(controlRequired, dataRequired, login);
  }
}
