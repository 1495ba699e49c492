package dev.ferry.ftp.protocol.listing;

/**
 * The letters of the MLSx {@code perm} fact (RFC 3659 §7.5.5): what the logged-in user may do with
 * an entry. The fact's value is an unordered sequence of these letters; {@code perm=} (no letters)
 * says the user may do nothing, while a missing fact says nothing at all.
 */
public enum MlsxPermission {
  /** {@code a}: APPE may append to the file. */
  APPEND('a'),
  /** {@code c}: files may be created in the directory (STOU, STOR, APPE). */
  CREATE('c'),
  /** {@code d}: the entry may be deleted (DELE, RMD). */
  DELETE('d'),
  /** {@code e}: the user may change into the directory (CWD, CDUP). */
  ENTER('e'),
  /** {@code f}: the entry may be renamed (RNFR). */
  RENAME('f'),
  /** {@code l}: the directory may be listed (LIST, NLST, MLSD). */
  LIST('l'),
  /** {@code m}: directories may be created in the directory (MKD). */
  MKDIR('m'),
  /** {@code p}: entries in the directory may be deleted. */
  PURGE('p'),
  /** {@code r}: the file may be retrieved (RETR). */
  READ('r'),
  /** {@code w}: the file may be written (STOR). */
  WRITE('w');

  private static final MlsxPermission[] BY_LETTER = new MlsxPermission[26];

  static {
    for (MlsxPermission p : values()) {
      BY_LETTER[p.letter - 'a'] = p;
    }
  }

  private final char letter;

  MlsxPermission(char letter) {
    this.letter = letter;
  }

  /**
   * Returns the fact letter.
   *
   * @return a lowercase ASCII letter
   */
  public char letter() {
    return letter;
  }

  /**
   * Returns the permission of a fact letter, without regard to case.
   *
   * @param letter a letter of a {@code perm} value
   * @return the permission, or {@code null} for a letter RFC 3659 does not define
   */
  static MlsxPermission ofLetter(char letter) {
    char lower = (char) (letter | 0x20);
    return lower >= 'a' && lower <= 'z' ? BY_LETTER[lower - 'a'] : null;
  }
}
