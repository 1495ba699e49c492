package dev.ferry.ftp.server.auth;

import java.io.IOException;
import java.net.InetAddress;
import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Checks a user name and password (RFC 959 §4.1.1, USER and PASS). Embedders add their own with a
 * Guice multibinding:
 *
 * <pre>{@code
 * Multibinder.newSetBinder(binder(), Authenticator.class).addBinding().to(LdapAuthenticator.class);
 * }</pre>
 *
 * <p>The server asks each authenticator in binding order and logs in with the first account
 * returned. An implementation must not reveal whether the user exists: it should spend about the
 * same time on an unknown name as on a wrong password (for example by hashing a dummy password),
 * and it must never log the password. Implementations are thread-safe.
 */
public interface Authenticator {
  /**
   * Checks the credentials.
   *
   * @param name the user name as sent with USER
   * @param password the password as sent with PASS
   * @param client the client's address
   * @return the account when the credentials are good, empty when they are not or the user is
   *     unknown to this authenticator
   * @throws IOException if the user store cannot be reached; the client is told to try later
   */
  Optional<UserAccount> authenticate(String name, String password, InetAddress client)
      throws IOException;

  /**
   * Checks a client certificate that the listener's TLS has already verified (RFC 4217 §6): returns
   * the account named {@code name} when the certificate identifies it (as {@link
   * CertificateLogin#matches} does for {@link UserTls#certificate()}). Whether the password is
   * still needed is the account's {@link CertificateLogin#passwordRequired()}. The default knows no
   * certificates.
   *
   * @param name the user name as sent with USER
   * @param certificate the client's verified certificate
   * @param client the client's address
   * @return the account when the certificate identifies the user, else empty
   * @throws IOException if the user store cannot be reached
   */
  default Optional<UserAccount> authenticate(String name, X509Certificate certificate,
      InetAddress client) throws IOException {
    return Optional.empty();
  }
}
