package dev.ferry.ftp.server.internal.auth;

import dev.ferry.ftp.server.auth.Authenticator;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.auth.UserAccount;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Anonymous read-only login (RFC 1635): {@code anonymous} or {@code ftp} with any password
 * (customarily an e-mail address), when configured. Anonymous users may list and read only.
 */
final class AnonymousAuthenticator implements Authenticator {
  private final AnonymousLogin config;

  @Inject
  AnonymousAuthenticator(AnonymousLogin config) {
    this.config = config;
  }

  @Override
  public Optional<UserAccount> authenticate(String name, String password, InetAddress client) {
    if (!config.accepts(name)) {
      return Optional.empty();
    }
    return config.home().map(home -> new UserAccount(name, home, Permission.readOnly()));
  }
}
