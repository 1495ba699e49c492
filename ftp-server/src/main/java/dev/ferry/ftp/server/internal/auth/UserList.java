package dev.ferry.ftp.server.internal.auth;

import dev.ferry.ftp.server.auth.UserAccount;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The users configured on the builder, with their passwords already hashed. A dummy hash of the
 * same cost stands in for unknown names, so that checking one costs as much as checking a known
 * user with a wrong password.
 */
public final class UserList {
  private final Map<String, Entry> users;
  private final PasswordHasher.Hash dummy;

  private UserList(Map<String, Entry> users, PasswordHasher.Hash dummy) {
    this.users = users;
    this.dummy = dummy;
  }

  /** A configured user: the account and the hash of its password. */
  record Entry(UserAccount account, PasswordHasher.Hash hash) {}

  /**
   * A user as given to the builder, before hashing.
   *
   * @param account the account
   * @param password the password in clear, dropped after hashing
   */
  public record Definition(UserAccount account, String password) {}

  /**
   * Hashes the passwords.
   *
   * @param definitions the users; names must be distinct
   * @param iterations the PBKDF2 iteration count
   * @return the list
   * @throws IllegalArgumentException if a name appears twice
   */
  public static UserList hash(List<Definition> definitions, int iterations) {
    PasswordHasher hasher = new PasswordHasher(iterations);
    Map<String, Entry> users = new LinkedHashMap<>();
    for (Definition definition : definitions) {
      String name = definition.account().name();
      Entry entry = new Entry(definition.account(), hasher.hash(definition.password()));
      if (users.putIfAbsent(name, entry) != null) {
        throw new IllegalArgumentException("user \"" + name + "\" is defined twice");
      }
    }
    // Without users there is nothing to hide, and no reason to spend a hash on every login.
    return new UserList(Map.copyOf(users),
        users.isEmpty() ? null : hasher.hash("ferry-dummy-password"));
  }

  /**
   * Checks a name and password.
   *
   * @param name the user name
   * @param password the password
   * @return the account when both match
   */
  Optional<UserAccount> check(String name, String password) {
    if (users.isEmpty()) {
      return Optional.empty();
    }
    Entry entry = users.get(name);
    boolean matches = PasswordHasher.matches(entry == null ? dummy : entry.hash(), password);
    return matches && entry != null ? Optional.of(entry.account()) : Optional.empty();
  }

  /**
   * Finds the user a verified client certificate identifies.
   *
   * @param name the user name
   * @param certificate the client's certificate
   * @return the account when the user's certificate login matches
   */
  Optional<UserAccount> identify(String name, X509Certificate certificate) {
    Entry entry = users.get(name);
    return entry != null && entry.account().tls().certificate().matches(certificate)
        ? Optional.of(entry.account())
        : Optional.empty();
  }
}
