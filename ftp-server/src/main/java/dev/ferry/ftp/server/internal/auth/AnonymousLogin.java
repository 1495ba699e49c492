package dev.ferry.ftp.server.internal.auth;

import dev.ferry.ftp.server.auth.HomeDirectory;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether anonymous login is on, and where anonymous users read from. Off unless the builder
 * configured it.
 *
 * @param home the read-only home of anonymous users, or empty when anonymous login is off
 */
public record AnonymousLogin(Optional<HomeDirectory> home) {
  /** The user names that log in anonymously (RFC 1635 §2). */
  static final Set<String> NAMES = Set.of("anonymous", "ftp");

  /** Checks the value. */
  public AnonymousLogin {
    Objects.requireNonNull(home, "home");
  }

  /**
   * Returns whether a name is an anonymous login that is enabled.
   *
   * @param name the user name
   * @return whether it logs in anonymously
   */
  public boolean accepts(String name) {
    return home.isPresent() && NAMES.contains(name.toLowerCase(Locale.ROOT));
  }
}
