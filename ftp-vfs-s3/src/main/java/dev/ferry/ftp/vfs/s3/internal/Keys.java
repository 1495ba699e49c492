package dev.ferry.ftp.vfs.s3.internal;

import dev.ferry.ftp.vfs.InvalidVirtualPathException;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VfsException.Kind;
import dev.ferry.ftp.vfs.VirtualPath;
import java.nio.charset.StandardCharsets;

/**
 * The mapping of virtual paths onto object keys: a file {@code /a/b} is the key
 * {@code prefix + "a/b"}; a directory {@code /a} is every key starting with
 * {@code prefix + "a/"}, plus the zero-byte marker object named exactly that, which makes an
 * empty directory exist. The root is the prefix itself and has no marker.
 */
final class Keys {
  /** S3's longest key, in UTF-8 bytes. */
  static final int MAX_KEY_BYTES = 1024;

  private final String prefix;

  /**
   * Creates the mapping.
   *
   * @param prefix empty, or names each followed by {@code /}
   */
  Keys(String prefix) {
    this.prefix = prefix;
  }

  /** Returns the prefix the whole tree lives under. */
  String root() {
    return prefix;
  }

  /**
   * Returns the key of a file.
   *
   * @throws VfsException {@code INVALID_NAME} if the key would be longer than S3 allows
   */
  String file(VirtualPath path) throws VfsException {
    String key = prefix + path.toString().substring(1);
    if (key.length() * 3 > MAX_KEY_BYTES
        && key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES - 1) {
      // One byte is kept for the "/" of the directory marker, so a name works as either.
      throw new VfsException(Kind.INVALID_NAME, path, "the object key would be longer than "
          + MAX_KEY_BYTES + " bytes", null);
    }
    return key;
  }

  /** Returns the key prefix of a directory's content, which is also its marker's key. */
  String directory(VirtualPath path) throws VfsException {
    return path.isRoot() ? prefix : file(path) + "/";
  }

  /**
   * Returns the entry name a key or common prefix has in the directory listed under {@code
   * directoryKey}, or {@code null} if no virtual path can name it (an empty name from a
   * {@code //} in a key, a backslash, a control character, a name too long).
   */
  static String name(String directoryKey, String key) {
    String name = key.substring(directoryKey.length());
    if (name.endsWith("/")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.isEmpty() || name.indexOf('/') >= 0) {
      return null;
    }
    try {
      return VirtualPath.ROOT.child(name).name();
    } catch (InvalidVirtualPathException e) {
      return null;
    }
  }

  /**
   * Compares keys the way S3 orders them, by UTF-8 bytes: the order of code points, which differs
   * from {@link String#compareTo} for characters above U+FFFF.
   */
  static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
