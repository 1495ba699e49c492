package dev.ferry.ftp.protocol.param;

import dev.ferry.ftp.protocol.MalformedReplyException;
import dev.ferry.ftp.protocol.internal.Chars;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The payload of the 213 reply to HASH (draft-bryan-ftpext-hash-02 §3): which algorithm hashed
 * which octets of which file, and the hash.
 *
 * <pre>
 * hash-ok  = "213" SP hashname SP start-point "-" end-point SP filehash SP &lt;pathname&gt; CRLF
 * filehash = 1*HEXDIG
 * </pre>
 *
 * <p>For example {@code SHA-256 0-49 169cd22282da7f147cb491e559e9dd filename.ext}. The pathname
 * is the rest of the line and may hold spaces.
 *
 * @param algorithm the algorithm used
 * @param range the octets hashed, both ends included
 * @param hash the hash in hexadecimal, kept in lower case (§3: values SHOULD be lower case)
 * @param pathname the file, as the client named it
 */
public record FileHash(HashAlgorithm algorithm, ByteRange range, String hash, String pathname) {
  /**
   * Checks the hash and pathname, and lower-cases the hash.
   *
   * @throws IllegalArgumentException if the hash is not hexadecimal, or the pathname is empty or
   *     holds CR, LF or NUL
   */
  public FileHash {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(range, "range");
    String problem = problem(hash, pathname);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    hash = hash.toLowerCase(Locale.ROOT);
  }

  /**
   * Creates the payload from a computed digest.
   *
   * @param algorithm the algorithm used
   * @param range the octets hashed
   * @param digest the digest bytes, such as {@link java.security.MessageDigest#digest()} returns
   * @param pathname the file, as the client named it
   * @return the payload, with the digest in lower-case hexadecimal
   * @throws IllegalArgumentException if the digest is empty or the pathname is not valid
   */
  public static FileHash of(
      HashAlgorithm algorithm, ByteRange range, byte[] digest, String pathname) {
    return new FileHash(algorithm, range, HexFormat.of().formatHex(digest), pathname);
  }

  /**
   * Parses the text of a 213 reply to HASH. Runs of blanks separate the first three fields; the
   * pathname is everything after the single space that follows the hash.
   *
   * @param text the reply text after {@code 213 }
   * @return the payload
   * @throws MalformedReplyException if a field breaks the grammar, the range ends before it starts,
   *     or the pathname is missing
   */
  public static FileHash parse(String text) {
    int[] bounds = new int[6];
    int i = 0;
    for (int field = 0; field < 3; field++) {
      while (i < text.length() && Chars.isBlank(text.charAt(i))) {
        i++;
      }
      bounds[2 * field] = i;
      while (i < text.length() && !Chars.isBlank(text.charAt(i))) {
        i++;
      }
      bounds[2 * field + 1] = i;
    }
    if (i + 1 >= text.length()) {
      throw new MalformedReplyException(
          "expected <hashname> <start>-<end> <hash> <pathname>, got " + Chars.quote(text));
    }
    HashAlgorithm algorithm =
        HashAlgorithm.of(text.substring(bounds[0], bounds[1]), MalformedReplyException::new);
    ByteRange range =
        ByteRange.parseHashRange(
            text.substring(bounds[2], bounds[3]), text, MalformedReplyException::new);
    String hash = text.substring(bounds[4], bounds[5]);
    String pathname = text.substring(i + 1);
    String problem = problem(hash, pathname);
    if (problem != null) {
      throw new MalformedReplyException(problem + " in 213 reply " + Chars.quote(text));
    }
    return new FileHash(algorithm, range, hash, pathname);
  }

  /**
   * Returns the text of the 213 reply, to follow {@code 213 }.
   *
   * @return {@code <hashname> <start>-<end> <hash> <pathname>}
   */
  public String toReplyText() {
    return algorithm.name() + " " + range + " " + hash + " " + pathname;
  }

  /**
   * Tells whether a locally computed digest equals this hash.
   *
   * @param digest the digest bytes
   * @return whether their hexadecimal form is this hash
   */
  public boolean matches(byte[] digest) {
    return hash.equals(HexFormat.of().formatHex(digest));
  }

  private static String problem(String hash, String pathname) {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(pathname, "pathname");
    if (hash.isEmpty()) {
      return "the hash is empty";
    }
    for (int i = 0; i < hash.length(); i++) {
      if (Chars.hexValue(hash.charAt(i)) < 0) {
        return "the hash is not hexadecimal";
      }
    }
    if (pathname.isEmpty()) {
      return "the pathname is empty";
    }
    for (int i = 0; i < pathname.length(); i++) {
      char c = pathname.charAt(i);
      if (c == '\r' || c == '\n' || c == '\0') {
        return "the pathname holds CR, LF or NUL";
      }
    }
    return null;
  }
}
