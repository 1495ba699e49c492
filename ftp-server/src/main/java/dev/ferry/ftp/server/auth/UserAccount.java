package dev.ferry.ftp.server.auth;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A user the server let in: the name, the home, what the user may do, the user's limits and what
 * the user needs of TLS.
 *
 * @param name the login name
 * @param home where the user's files live
 * @param permissions what the user may do; copied
 * @param limits the user's session cap and transfer rates
 * @param tls the TLS the user needs and the certificates that identify the user
 */
public record UserAccount(String name, HomeDirectory home, Set<Permission> permissions,
    UserLimits limits, UserTls tls) {
  /**
   * Checks and copies the values.
   *
   * @param name not blank
   * @param home the home
   * @param permissions the permissions; copied
   * @param limits the limits
   * @param tls the user's TLS needs
   */
  public UserAccount {
    Objects.requireNonNull(tls, "user.tls must not be null");
    Objects.requireNonNull(name, "user.name must not be null");
    Objects.requireNonNull(home, "user.home must not be null");
    Objects.requireNonNull(permissions, "user.permissions must not be null");
    Objects.requireNonNull(limits, "user.limits must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("user.name must not be blank");
    }
    EnumSet<Permission> copy = EnumSet.noneOf(Permission.class);
    copy.addAll(permissions);
    permissions = Collections.unmodifiableSet(copy);
  }

  /**
   * Creates an account that needs no TLS beyond its listener's.
   *
   * @param name not blank
   * @param home the home
   * @param permissions the permissions; copied
   * @param limits the limits
   */
  public UserAccount(String name, HomeDirectory home, Set<Permission> permissions,
      UserLimits limits) {
    this(name, home, permissions, limits, UserTls.NONE);
  }

  /**
   * Creates an account without limits of its own.
   *
   * @param name not blank
   * @param home the home
   * @param permissions the permissions; copied
   */
  public UserAccount(String name, HomeDirectory home, Set<Permission> permissions) {
    this(name, home, permissions, UserLimits.NONE);
  }

  /**
   * Returns a copy with other TLS needs.
   *
   * @param tls the user's TLS needs
   * @return the copy
   */
  public UserAccount withTls(UserTls tls) {
    return new UserAccount(name, home, permissions, limits, tls);
  }

  /**
   * Tells whether the user holds a permission.
   *
   * @param permission the permission
   * @return whether it is granted
   */
  public boolean may(Permission permission) {
    return permissions.contains(permission);
  }

  /**
   * Tells whether the user may change anything in storage.
   *
   * @return whether a write permission is granted
   */
  public boolean mayWrite() {
    return permissions.stream().anyMatch(Permission::isWrite);
  }
}
