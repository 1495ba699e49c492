package dev.ferry.ftp.server.internal.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 (RFC 8018 §5.2) from the JDK, for the in-memory user list of the builder:
 * passwords are hashed when the server is built and never kept, and checked in constant time.
 * The users file with argon2id and bcrypt is a separate authenticator.
 */
final class PasswordHasher {
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;

  PasswordHasher(int iterations) {
    this.iterations = iterations;
  }

  /** A salted hash and the work it took. */
  record Hash(byte[] salt, byte[] hash, int iterations) {}

  Hash hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return new Hash(salt, derive(password, salt, iterations), iterations);
  }

  /** Tells whether {@code password} matches, comparing in time independent of where they differ. */
  static boolean matches(Hash expected, String password) {
    byte[] actual = derive(password, expected.salt(), expected.iterations());
    return MessageDigest.isEqual(expected.hash(), actual);
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    char[] chars = password.toCharArray();
    KeySpec spec = new PBEKeySpec(chars, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is missing from this JDK", e);
    } finally {
      Arrays.fill(chars, '\0');
    }
  }
}
