package dev.ferry.ftp.server.internal.auth;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2 (RFC 9106) through Bouncy Castle, in the PHC string form of the reference implementation:
 * {@code $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>}. A string without
 * {@code v=} is version 16 (0x10), as the reference implementation reads it.
 */
public final class Argon2Hash implements StoredHash {
  /** Memory of new hashes, in KiB: 32 MiB. */
  public static final int DEFAULT_MEMORY_KIB = 32 * 1024;
  /** Passes of new hashes. */
  public static final int DEFAULT_ITERATIONS = 2;
  /** Lanes of new hashes: one, since a login runs on one virtual thread. */
  public static final int DEFAULT_PARALLELISM = 1;

  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  /** Caps that keep a hostile or mistaken file from costing more than 1 GiB or a minute. */
  private static final int MAX_MEMORY_KIB = 1024 * 1024;
  private static final int MAX_ITERATIONS = 100;
  private static final int MAX_PARALLELISM = 64;

  private final String type;
  private final int version;
  private final int memoryKib;
  private final int iterations;
  private final int parallelism;
  private final byte[] salt;
  private final byte[] hash;

  private Argon2Hash(String type, int version, int memoryKib, int iterations, int parallelism,
      byte[] salt, byte[] hash) {
    this.type = type;
    this.version = version;
    this.memoryKib = memoryKib;
    this.iterations = iterations;
    this.parallelism = parallelism;
    this.salt = salt;
    this.hash = hash;
  }

  /**
   * Hashes a password with argon2id, fresh salt and the given cost.
   *
   * @param password the password
   * @param memoryKib memory in KiB, at least {@code 8 * parallelism}
   * @param iterations passes, at least 1
   * @param parallelism lanes, at least 1
   * @return the hash
   * @throws IllegalArgumentException if a cost is out of range
   */
  public static Argon2Hash create(CharSequence password, int memoryKib, int iterations,
      int parallelism) {
    check(memoryKib, iterations, parallelism);
    byte[] salt = Phc.salt(SALT_BYTES);
    int version = Argon2Parameters.ARGON2_VERSION_13;
    byte[] hash = derive("argon2id", version, memoryKib, iterations, parallelism, salt,
        HASH_BYTES, password);
    return new Argon2Hash("argon2id", version, memoryKib, iterations, parallelism, salt, hash);
  }

  static Argon2Hash parse(String encoded) {
    List<String> fields = Phc.fields(encoded);
    String type = fields.get(0);
    int version = Argon2Parameters.ARGON2_VERSION_10;
    int next = 1;
    if (fields.size() == 5) {
      Map<String, String> v = Phc.parameters(fields.get(1));
      if (!v.keySet().equals(Set.of("v"))) {
        throw new IllegalArgumentException("argon2 version must be written v=19");
      }
      version = Phc.decimal(v.get("v"), "v", 16, 19);
      if (version != Argon2Parameters.ARGON2_VERSION_10
          && version != Argon2Parameters.ARGON2_VERSION_13) {
        throw new IllegalArgumentException("argon2 version must be 16 or 19, not " + version);
      }
      next = 2;
    } else if (fields.size() != 4) {
      throw new IllegalArgumentException("argon2 hash must look like $" + type
          + "$v=19$m=…,t=…,p=…$salt$hash");
    }
    Map<String, String> parameters = Phc.parameters(fields.get(next));
    if (!Set.of("m", "t", "p").containsAll(parameters.keySet())) {
      throw new IllegalArgumentException("argon2 parameters are m, t and p, not "
          + parameters.keySet());
    }
    int memory = Phc.decimal(parameters.get("m"), "m", 8, MAX_MEMORY_KIB);
    int iterations = Phc.decimal(parameters.get("t"), "t", 1, MAX_ITERATIONS);
    int parallelism = Phc.decimal(parameters.get("p"), "p", 1, MAX_PARALLELISM);
    check(memory, iterations, parallelism);
    byte[] salt = Phc.base64(fields.get(next + 1), "salt", 8, 64);
    byte[] hash = Phc.base64(fields.get(next + 2), "value", 4, 64);
    return new Argon2Hash(type, version, memory, iterations, parallelism, salt, hash);
  }

  private static void check(int memoryKib, int iterations, int parallelism) {
    if (parallelism < 1 || parallelism > MAX_PARALLELISM || iterations < 1
        || iterations > MAX_ITERATIONS || memoryKib > MAX_MEMORY_KIB
        || memoryKib < 8 * parallelism) {
      throw new IllegalArgumentException("argon2 needs 1 <= p <= " + MAX_PARALLELISM
          + ", 1 <= t <= " + MAX_ITERATIONS + " and 8p <= m <= " + MAX_MEMORY_KIB);
    }
  }

  @Override
  public String algorithm() {
    return type;
  }

  @Override
  public boolean matches(CharSequence password) {
    byte[] actual = derive(type, version, memoryKib, iterations, parallelism, salt, hash.length,
        password);
    return MessageDigest.isEqual(hash, actual);
  }

  @Override
  public String encoded() {
    return "$" + type + "$v=" + version + "$m=" + memoryKib + ",t=" + iterations + ",p="
        + parallelism + "$" + Phc.base64(salt) + "$" + Phc.base64(hash);
  }

  @Override
  public String toString() {
    return encoded();
  }

  private static byte[] derive(String type, int version, int memoryKib, int iterations,
      int parallelism, byte[] salt, int length, CharSequence password) {
    int kind = switch (type) {
      case "argon2d" -> Argon2Parameters.ARGON2_d;
      case "argon2i" -> Argon2Parameters.ARGON2_i;
      default -> Argon2Parameters.ARGON2_id;
    };
    Argon2Parameters parameters = new Argon2Parameters.Builder(kind)
        .withVersion(version)
        .withMemoryAsKB(memoryKib)
        .withIterations(iterations)
        .withParallelism(parallelism)
        .withSalt(salt)
        .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(parameters);
    byte[] secret = Phc.utf8(password);
    byte[] out = new byte[length];
    try {
      generator.generateBytes(secret, out);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
    return out;
  }
}
