package dev.ferry.ftp.server.internal.auth;

import java.util.Objects;

/**
 * A password hash as stored in a users file, parsed once when the file is read: argon2id (and
 * its siblings argon2i and argon2d), bcrypt, or PBKDF2, each in its standard string form. The
 * algorithms are Bouncy Castle's and the JDK's; this code only reads and writes the strings.
 */
public sealed interface StoredHash permits Argon2Hash, BcryptHash, Pbkdf2Hash {
  /**
   * Returns the algorithm's identifier as the string names it, for example {@code argon2id},
   * {@code 2b} or {@code pbkdf2-sha256}.
   *
   * @return the identifier
   */
  String algorithm();

  /**
   * Checks a password against the hash; the time it takes does not depend on where the result
   * differs.
   *
   * @param password the password to check
   * @return whether it matches
   */
  boolean matches(CharSequence password);

  /**
   * Returns the hash in its standard string form.
   *
   * @return the string, safe to store and to show
   */
  String encoded();

  /**
   * Parses a hash string.
   *
   * @param encoded a PHC string ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash},
   *     {@code $pbkdf2-sha256$i=…,l=…$salt$hash}), a passlib PBKDF2 string
   *     ({@code $pbkdf2-sha256$rounds$salt$hash}) or a modular-crypt bcrypt string
   *     ({@code $2b$cost$…})
   * @return the hash
   * @throws IllegalArgumentException saying what is wrong with it
   */
  static StoredHash parse(String encoded) {
    Objects.requireNonNull(encoded, "encoded");
    String id = Phc.identifier(encoded);
    return switch (id) {
      case "argon2id", "argon2i", "argon2d" -> Argon2Hash.parse(encoded);
      case "2a", "2b", "2y" -> BcryptHash.parse(encoded);
      case "pbkdf2-sha1", "pbkdf2-sha256", "pbkdf2-sha512" -> Pbkdf2Hash.parse(encoded);
      default -> throw new IllegalArgumentException("unknown hash algorithm \"" + id
          + "\"; use argon2id, bcrypt ($2b$) or pbkdf2-sha256");
    };
  }
}
