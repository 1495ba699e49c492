package dev.ferry.ftp.client;

import java.util.Objects;
import java.util.Optional;

/**
 * Who to log in as (RFC 959 §4.1.1: USER, PASS and ACCT). Immutable. {@link #toString()} never
 * shows the password or the account.
 */
public final class Credentials {
  private static final Credentials ANONYMOUS = new Credentials("anonymous", "anonymous@", null);

  private final String user;
  private final String password;
  private final String account;

  private Credentials(String user, String password, String account) {
    this.user = Objects.requireNonNull(user, "user");
    this.password = Objects.requireNonNull(password, "password");
    this.account = account;
    if (user.isEmpty()) {
      throw new IllegalArgumentException("user name is empty");
    }
  }

  /**
   * Returns credentials for a user with a password.
   *
   * @param user the user name, not empty
   * @param password the password; empty if the server asks for none
   * @return the credentials
   */
  public static Credentials of(String user, String password) {
    return new Credentials(user, password, null);
  }

  /**
   * Returns the conventional anonymous login (RFC 1635): user {@code anonymous}, password {@code
   * anonymous@}.
   *
   * @return the anonymous credentials
   */
  public static Credentials anonymous() {
    return ANONYMOUS;
  }

  /**
   * Returns these credentials with an account, sent with ACCT when the server asks for one (a 332
   * reply to USER or PASS).
   *
   * @param account the account information
   * @return new credentials; these are unchanged
   */
  public Credentials withAccount(String account) {
    return new Credentials(user, password, Objects.requireNonNull(account, "account"));
  }

  /**
   * Returns the user name.
   *
   * @return the user name
   */
  public String user() {
    return user;
  }

  /**
   * Returns the password.
   *
   * @return the password, possibly empty
   */
  public String password() {
    return password;
  }

  /**
   * Returns the account, if one was given.
   *
   * @return the account, or empty
   */
  public Optional<String> account() {
    return Optional.ofNullable(account);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Credentials that
        && user.equals(that.user)
        && password.equals(that.password)
        && Objects.equals(account, that.account);
  }

  @Override
  public int hashCode() {
    return Objects.hash(user, password, account);
  }

  /** Returns the user name only: passwords and accounts never reach a log. */
  @Override
  public String toString() {
    return "Credentials{user=" + user + (account == null ? "" : ", account=****") + "}";
  }
}
