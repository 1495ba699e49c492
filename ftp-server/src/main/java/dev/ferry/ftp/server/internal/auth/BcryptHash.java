package dev.ferry.ftp.server.internal.auth;

import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * bcrypt through Bouncy Castle's {@link OpenBSDBCrypt}, in the modular-crypt form
 * {@code $2b$<cost>$<22 salt chars><31 hash chars>} (also {@code $2a$} and {@code $2y$}). Bouncy
 * Castle compares in constant time. bcrypt reads at most 72 bytes of a password.
 */
public final class BcryptHash implements StoredHash {
  /** Cost (log2 of the rounds) of new hashes. */
  public static final int DEFAULT_COST = 10;

  private static final Pattern FORMAT =
      Pattern.compile("\\$2[aby]\\$(0[4-9]|[12][0-9]|3[01])\\$[./A-Za-z0-9]{53}");

  private final String encoded;

  private BcryptHash(String encoded) {
    this.encoded = encoded;
  }

  /**
   * Hashes a password with bcrypt ({@code $2b$}), fresh salt and the given cost.
   *
   * @param password the password
   * @param cost from 4 to 31
   * @return the hash
   * @throws IllegalArgumentException if the cost is out of range
   */
  public static BcryptHash create(CharSequence password, int cost) {
    if (cost < 4 || cost > 31) {
      throw new IllegalArgumentException("bcrypt cost must be from 4 to 31, not " + cost);
    }
    return new BcryptHash(OpenBSDBCrypt.generate("2b", Phc.utf8(password), Phc.salt(16), cost));
  }

  static BcryptHash parse(String encoded) {
    if (!FORMAT.matcher(encoded).matches()) {
      throw new IllegalArgumentException(
          "bcrypt hash must look like $2b$<cost 04-31>$<53 characters of ./A-Za-z0-9>");
    }
    return new BcryptHash(encoded);
  }

  @Override
  public String algorithm() {
    return encoded.substring(1, 3);
  }

  @Override
  public boolean matches(CharSequence password) {
    return OpenBSDBCrypt.checkPassword(encoded, Phc.utf8(password));
  }

  @Override
  public String encoded() {
    return encoded;
  }

  @Override
  public String toString() {
    return encoded;
  }
}
