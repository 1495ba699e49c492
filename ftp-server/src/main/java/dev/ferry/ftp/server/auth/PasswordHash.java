package dev.ferry.ftp.server.auth;

import dev.ferry.ftp.server.internal.auth.Argon2Hash;
import dev.ferry.ftp.server.internal.auth.BcryptHash;
import dev.ferry.ftp.server.internal.auth.Pbkdf2Hash;
import dev.ferry.ftp.server.internal.auth.StoredHash;

/**
 * A stored password hash in one of the standard string forms, as a {@link UsersFile} holds it:
 *
 * <ul>
 *   <li>argon2id (RFC 9106), the default, in the PHC form
 *       {@code $argon2id$v=19$m=32768,t=2,p=1$<salt>$<hash>} (argon2i and argon2d are read too);
 *   <li>bcrypt in the modular-crypt form {@code $2b$10$<salt and hash>} ({@code $2a$},
 *       {@code $2y$} too);
 *   <li>PBKDF2 in the PHC form {@code $pbkdf2-sha256$i=310000,l=32$<salt>$<hash>} (SHA-1 and
 *       SHA-512 too; passlib's {@code $pbkdf2-sha256$<rounds>$…} is read as well).
 * </ul>
 *
 * <p>The algorithms are Bouncy Castle's; comparisons take the same time wherever the values
 * differ. Immutable and thread-safe. {@link #toString()} is the hash string, never a password.
 */
public final class PasswordHash {
  private final StoredHash hash;

  private PasswordHash(StoredHash hash) {
    this.hash = hash;
  }

  /**
   * Reads a hash string.
   *
   * @param encoded the string, for example {@code $argon2id$v=19$m=32768,t=2,p=1$…$…}
   * @return the hash
   * @throws IllegalArgumentException saying what is wrong with the string
   */
  public static PasswordHash parse(String encoded) {
    return new PasswordHash(StoredHash.parse(encoded));
  }

  /**
   * Hashes a password with argon2id and the default cost (32 MiB, 2 passes, 1 lane: about 0.1 to
   * 0.25 s on a 2-core server).
   *
   * @param password the password
   * @return the hash, with fresh random salt
   */
  public static PasswordHash argon2id(CharSequence password) {
    return new PasswordHash(Argon2Hash.create(password, Argon2Hash.DEFAULT_MEMORY_KIB,
        Argon2Hash.DEFAULT_ITERATIONS, Argon2Hash.DEFAULT_PARALLELISM));
  }

  /**
   * Hashes a password with argon2id and a chosen cost.
   *
   * @param password the password
   * @param memoryKib memory in KiB, at least 8 per lane and at most 1 GiB
   * @param iterations passes, 1 to 100
   * @param parallelism lanes, 1 to 64
   * @return the hash, with fresh random salt
   * @throws IllegalArgumentException if a cost is out of range
   */
  public static PasswordHash argon2id(CharSequence password, int memoryKib, int iterations,
      int parallelism) {
    return new PasswordHash(Argon2Hash.create(password, memoryKib, iterations, parallelism));
  }

  /**
   * Hashes a password with bcrypt ({@code $2b$}) at cost 10. bcrypt reads only the first 72
   * bytes of a password.
   *
   * @param password the password
   * @return the hash, with fresh random salt
   */
  public static PasswordHash bcrypt(CharSequence password) {
    return new PasswordHash(BcryptHash.create(password, BcryptHash.DEFAULT_COST));
  }

  /**
   * Hashes a password with PBKDF2-HMAC-SHA256 and 310,000 iterations.
   *
   * @param password the password
   * @return the hash, with fresh random salt
   */
  public static PasswordHash pbkdf2(CharSequence password) {
    return new PasswordHash(Pbkdf2Hash.create(password, Pbkdf2Hash.DEFAULT_ITERATIONS));
  }

  /**
   * Returns the algorithm as the string names it: {@code argon2id}, {@code 2b},
   * {@code pbkdf2-sha256} and so on.
   *
   * @return the identifier
   */
  public String algorithm() {
    return hash.algorithm();
  }

  /**
   * Checks a password; takes as long as one hash computation whatever the outcome.
   *
   * @param password the password to check
   * @return whether it is the hashed password
   */
  public boolean matches(CharSequence password) {
    return hash.matches(password);
  }

  /**
   * Returns the hash string to store.
   *
   * @return the string
   */
  public String encoded() {
    return hash.encoded();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PasswordHash other && encoded().equals(other.encoded());
  }

  @Override
  public int hashCode() {
    return encoded().hashCode();
  }

  /** Returns the hash string. */
  @Override
  public String toString() {
    return encoded();
  }
}
