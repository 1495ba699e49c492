package dev.ferry.ftp.server.auth;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.security.auth.x500.X500Principal;

/**
 * Which client certificates identify a user, and whether the password is needed as well. A
 * certificate counts only once the listener's TLS has verified it against its client trust (see
 * {@code ClientAuth} in ftp-tls); it then identifies the user when its subject is one of {@link
 * #subjects()} (compared as X.500 names, so spacing and case of attribute types do not matter), or
 * one of its subject alternative names is one of {@link #emails()} ({@code rfc822Name}) or {@link
 * #dnsNames()} ({@code dNSName}), both compared without regard to case.
 *
 * <p>With a certificate configured, a login needs it: with {@link #passwordRequired()}, the
 * password too; without, {@code USER} alone logs in with {@code 232} (RFC 4217 §6, RFC 2228).
 *
 * @param subjects subject names that identify the user
 * @param emails e-mail addresses in the certificate's subject alternative names
 * @param dnsNames host names in the certificate's subject alternative names
 * @param passwordRequired whether the password is needed besides the certificate
 */
public record CertificateLogin(Set<X500Principal> subjects, Set<String> emails,
    Set<String> dnsNames, boolean passwordRequired) {
  /** No certificate identifies the user: password logins only. */
  public static final CertificateLogin NONE =
      new CertificateLogin(Set.of(), Set.of(), Set.of(), true);

  private static final int SAN_EMAIL = 1;
  private static final int SAN_DNS = 2;

  /**
   * Checks and copies the values; names are kept in lower case.
   *
   * @param subjects subject names; copied
   * @param emails e-mail addresses; copied
   * @param dnsNames host names; copied
   * @param passwordRequired whether the password is needed too
   */
  public CertificateLogin {
    subjects = Set.copyOf(Objects.requireNonNull(subjects, "certificate.subjects"));
    emails = lowerCase(Objects.requireNonNull(emails, "certificate.emails"));
    dnsNames = lowerCase(Objects.requireNonNull(dnsNames, "certificate.dnsNames"));
  }

  /**
   * Tells whether any certificate identifies the user.
   *
   * @return whether a subject, e-mail address or host name is configured
   */
  public boolean configured() {
    return !subjects.isEmpty() || !emails.isEmpty() || !dnsNames.isEmpty();
  }

  /**
   * Tells whether a verified client certificate identifies the user.
   *
   * @param certificate the client's own (leaf) certificate
   * @return whether its subject or one of its alternative names is configured
   */
  public boolean matches(X509Certificate certificate) {
    if (subjects.contains(certificate.getSubjectX500Principal())) {
      return true;
    }
    if (emails.isEmpty() && dnsNames.isEmpty()) {
      return false;
    }
    Collection<List<?>> names;
    try {
      names = certificate.getSubjectAlternativeNames();
    } catch (CertificateParsingException e) {
      return false;
    }
    if (names == null) {
      return false;
    }
    for (List<?> name : names) {
      if (name.size() >= 2 && name.get(0) instanceof Integer type
          && name.get(1) instanceof String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if ((type == SAN_EMAIL && emails.contains(lower))
            || (type == SAN_DNS && dnsNames.contains(lower))) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> lowerCase(Set<String> names) {
    return names.stream().map(name -> name.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
