package dev.ferry.ftp.protocol.param;

import dev.ferry.ftp.protocol.FtpProtocolException;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.internal.Chars;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.function.Function;

/**
 * A hash algorithm of the HASH command (draft-bryan-ftpext-hash-02 §3): a name from the IANA
 * "Hash Function Textual Names" registry, or another name a server lists.
 *
 * <pre>
 * hashname = 1*hchar
 * hchar    = ALPHA / DIGIT / "-" / "_" / "/" / "." / ","
 * </pre>
 *
 * <p>Names are case-insensitive (§3.1) and kept in upper case. The algorithms the JDK computes are
 * constants, and {@link #of} returns the shared constant for their names, so they compare with
 * {@code ==} too. Other names become values that can be listed and selected but not computed.
 */
public final class HashAlgorithm {
  /** SHA-1, the algorithm every HASH implementation must support (§5). */
  public static final HashAlgorithm SHA_1 = new HashAlgorithm("SHA-1", true);

  /** SHA-224. */
  public static final HashAlgorithm SHA_224 = new HashAlgorithm("SHA-224", true);

  /** SHA-256. */
  public static final HashAlgorithm SHA_256 = new HashAlgorithm("SHA-256", true);

  /** SHA-384. */
  public static final HashAlgorithm SHA_384 = new HashAlgorithm("SHA-384", true);

  /** SHA-512. */
  public static final HashAlgorithm SHA_512 = new HashAlgorithm("SHA-512", true);

  /** MD5, broken for security, still asked for to check transfers. */
  public static final HashAlgorithm MD5 = new HashAlgorithm("MD5", true);

  /**
   * CRC-32 (ISO 3309), not in the IANA registry but listed by servers; its value is the four bytes
   * of {@link java.util.zip.CRC32}, high byte first.
   */
  public static final HashAlgorithm CRC32 = new HashAlgorithm("CRC32", true);

  private static final List<HashAlgorithm> COMPUTABLE =
      List.of(SHA_1, SHA_224, SHA_256, SHA_384, SHA_512, MD5, CRC32);

  /** Longer than any registered name, short enough to quote. */
  private static final int MAX_NAME_LENGTH = 32;

  private final String name;
  private final boolean computable;

  private HashAlgorithm(String name, boolean computable) {
    this.name = name;
    this.computable = computable;
  }

  /**
   * Returns the algorithm with a name, for example the argument of {@code OPTS HASH} (§3.2).
   *
   * @param name the name, in any case, such as {@code sha-256}
   * @return the shared constant for a computable algorithm, otherwise a new value
   * @throws InvalidArgumentException if the name breaks the {@code hashname} grammar
   */
  public static HashAlgorithm of(String name) {
    return of(name, InvalidArgumentException::new);
  }

  /**
   * Returns the algorithms this class can compute, in the order of its constants.
   *
   * @return SHA-1, SHA-224, SHA-256, SHA-384, SHA-512, MD5 and CRC32
   */
  public static List<HashAlgorithm> computable() {
    return COMPUTABLE;
  }

  static HashAlgorithm of(String name, Function<String, ? extends FtpProtocolException> error) {
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      throw error.apply(
          "a hash name has 1-" + MAX_NAME_LENGTH + " characters: " + Chars.quote(name));
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Chars.isLetter(c) && !Chars.isDigit(c) && "-_/.,".indexOf(c) < 0) {
        throw error.apply("not a hash name: " + Chars.quote(name));
      }
    }
    String upper = Chars.toUpperCase(name);
    for (HashAlgorithm algorithm : COMPUTABLE) {
      if (algorithm.name.equals(upper)) {
        return algorithm;
      }
    }
    return new HashAlgorithm(upper, false);
  }

  /**
   * Returns the name as HASH, FEAT and OPTS HASH write it.
   *
   * @return the upper-case name, such as {@code SHA-256}
   */
  public String name() {
    return name;
  }

  /**
   * Tells whether {@link #newMessageDigest} can compute this algorithm.
   *
   * @return whether it is one of {@link #computable()}
   */
  public boolean isComputable() {
    return computable;
  }

  /**
   * Creates a digest that computes this algorithm: the JDK's {@link MessageDigest} of the same
   * name, or for {@link #CRC32} one that wraps {@link java.util.zip.CRC32}.
   *
   * @return a new digest, for one thread
   * @throws UnsupportedOperationException if the algorithm is not {@linkplain #isComputable()
   *     computable}
   */
  public MessageDigest newMessageDigest() {
    if (!computable) {
      throw new UnsupportedOperationException("cannot compute hash algorithm " + name);
    }
    if (this == CRC32) {
      return new Crc32Digest();
    }
    try {
      return MessageDigest.getInstance(name);
    } catch (NoSuchAlgorithmException e) {
      // every JDK has these: the SUN provider is part of java.base
      throw new IllegalStateException("the JDK lacks " + name, e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HashAlgorithm that && name.equals(that.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /**
   * Returns the name.
   *
   * @return the same as {@link #name()}
   */
  @Override
  public String toString() {
    return name;
  }
}
