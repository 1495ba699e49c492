package dev.ferry.ftp.server.internal.auth;

import dev.ferry.ftp.server.auth.Authenticator;
import dev.ferry.ftp.server.auth.UserAccount;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.security.cert.X509Certificate;
import java.util.Optional;

/** The {@link Authenticator} of the users configured on the builder. */
final class InMemoryAuthenticator implements Authenticator {
  private final UserList users;

  @Inject
  InMemoryAuthenticator(UserList users) {
    this.users = users;
  }

  @Override
  public Optional<UserAccount> authenticate(String name, String password, InetAddress client) {
    return users.check(name, password);
  }

  @Override
  public Optional<UserAccount> authenticate(String name, X509Certificate certificate,
      InetAddress client) {
    return users.identify(name, certificate);
  }
}
