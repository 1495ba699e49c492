package dev.ferry.ftp.server.internal.auth;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * PBKDF2 (RFC 8018 §5.2) through Bouncy Castle, in the PHC form {@code $pbkdf2-sha256$i=<iterations>[,l=<
 * bytes>]$<salt>$<hash>} (standard Base64), and the passlib form
 * {@code $pbkdf2-sha256$<iterations>$<salt>$<hash>} (passlib's Base64 with {@code .} for
 * {@code +}). SHA-1, SHA-256 and SHA-512.
 */
public final class Pbkdf2Hash implements StoredHash {
  /** Iterations of new hashes (OWASP's 2021 figure for HMAC-SHA256). */
  public static final int DEFAULT_ITERATIONS = 310_000;

  private static final int MAX_ITERATIONS = 10_000_000;
  private static final int SALT_BYTES = 16;

  private final String algorithm;
  private final int iterations;
  private final byte[] salt;
  private final byte[] hash;

  private Pbkdf2Hash(String algorithm, int iterations, byte[] salt, byte[] hash) {
    this.algorithm = algorithm;
    this.iterations = iterations;
    this.salt = salt;
    this.hash = hash;
  }

  /**
   * Hashes a password with PBKDF2-HMAC-SHA256 and fresh salt.
   *
   * @param password the password
   * @param iterations at least 1000
   * @return the hash
   * @throws IllegalArgumentException if the iteration count is out of range
   */
  public static Pbkdf2Hash create(CharSequence password, int iterations) {
    if (iterations < 1000 || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException("pbkdf2 iterations must be from 1000 to "
          + MAX_ITERATIONS + ", not " + iterations);
    }
    byte[] salt = Phc.salt(SALT_BYTES);
    return new Pbkdf2Hash("pbkdf2-sha256", iterations, salt,
        derive("pbkdf2-sha256", password, salt, iterations, 32));
  }

  static Pbkdf2Hash parse(String encoded) {
    List<String> fields = Phc.fields(encoded);
    String algorithm = fields.get(0);
    if (fields.size() != 4) {
      throw new IllegalArgumentException("pbkdf2 hash must look like $" + algorithm
          + "$i=…$salt$hash");
    }
    String parameterText = fields.get(1);
    if (!parameterText.isEmpty() && Character.isDigit(parameterText.charAt(0))) {
      // passlib: bare rounds, and Base64 with '.' in place of '+'.
      int iterations = Phc.decimal(parameterText, "rounds", 1, MAX_ITERATIONS);
      return new Pbkdf2Hash(algorithm, iterations,
          Phc.base64(fields.get(2).replace('.', '+'), "salt", 0, 1024),
          Phc.base64(fields.get(3).replace('.', '+'), "value", 8, 128));
    }
    Map<String, String> parameters = Phc.parameters(parameterText);
    if (!Set.of("i", "l").containsAll(parameters.keySet())) {
      throw new IllegalArgumentException("pbkdf2 parameters are i and l, not "
          + parameters.keySet());
    }
    int iterations = Phc.decimal(parameters.get("i"), "i", 1, MAX_ITERATIONS);
    byte[] salt = Phc.base64(fields.get(2), "salt", 0, 1024);
    byte[] hash = Phc.base64(fields.get(3), "value", 8, 128);
    if (parameters.containsKey("l")
        && Phc.decimal(parameters.get("l"), "l", 8, 128) != hash.length) {
      throw new IllegalArgumentException("pbkdf2 parameter l says " + parameters.get("l")
          + " bytes, the hash has " + hash.length);
    }
    return new Pbkdf2Hash(algorithm, iterations, salt, hash);
  }

  @Override
  public String algorithm() {
    return algorithm;
  }

  @Override
  public boolean matches(CharSequence password) {
    return MessageDigest.isEqual(hash, derive(algorithm, password, salt, iterations,
        hash.length));
  }

  @Override
  public String encoded() {
    return "$" + algorithm + "$i=" + iterations + ",l=" + hash.length + "$" + Phc.base64(salt)
        + "$" + Phc.base64(hash);
  }

  @Override
  public String toString() {
    return encoded();
  }

  private static byte[] derive(String algorithm, CharSequence password, byte[] salt,
      int iterations, int length) {
    Digest digest = switch (algorithm) {
      case "pbkdf2-sha1" -> new SHA1Digest();
      case "pbkdf2-sha512" -> new SHA512Digest();
      default -> new SHA256Digest();
    };
    PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(digest);
    byte[] secret = Phc.utf8(password);
    try {
      generator.init(secret, salt, iterations);
      return ((KeyParameter) generator.generateDerivedParameters(length * 8)).getKey();
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }
}
