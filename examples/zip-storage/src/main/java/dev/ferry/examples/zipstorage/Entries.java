package dev.ferry.examples.zipstorage;

import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.FileType;
import dev.ferry.ftp.vfs.InvalidVirtualPathException;
import dev.ferry.ftp.vfs.VirtualPath;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HexFormat;
import java.util.zip.ZipEntry;

/**
 * Turns ZIP entries into what the SPI speaks: canonical names and {@link FileAttributes}.
 *
 * <p>{@link #name(ZipEntry)} is the one rule that decides which entries are served; the index
 * built at open time, the listings and the lookups all go through it, so they can never disagree
 * about an entry.
 */
final class Entries {
  private Entries() {}

  /**
   * Returns the name an entry is served under, relative to the root and without a trailing
   * slash ({@code docs/a.txt}), or {@code null} for an entry that is not served.
   *
   * <p>Backslashes count as separators, as {@code unzip} and {@link VirtualPath} read them (the
   * ZIP specification, APPNOTE 4.4.17.1, allows only {@code /}, but old Windows tools wrote
   * {@code \}). What remains must already be a plain relative path: no leading {@code /}, no
   * empty, {@code .} or {@code ..} names, nothing {@link VirtualPath} rejects. Such an entry
   * could only be served under some other, rewritten name, which is how a hostile archive makes
   * one name mean two things; so it is skipped instead. So is an entry whose sizes are not known.
   */
  static String name(ZipEntry entry) {
    if (entry.getSize() < 0 || entry.getCompressedSize() < 0) {
      return null;
    }
    String name = entry.getName().replace('\\', '/');
    if (name.endsWith("/")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.isEmpty() || name.charAt(0) == '/') {
      return null;
    }
    try {
      // VirtualPath normalizes; a name it changes was not canonical.
      return VirtualPath.of(name).toString().equals("/" + name) ? name : null;
    } catch (InvalidVirtualPathException e) {
      return null;
    }
  }

  /** Returns whether an entry names a directory: its name ends with a separator. */
  static boolean isDirectory(ZipEntry entry) {
    String name = entry.getName();
    return name.endsWith("/") || name.endsWith("\\");
  }

  /** Returns the name a virtual path has in the archive: {@code /a/b} is {@code a/b}. */
  static String nameOf(VirtualPath path) {
    return path.toString().substring(1);
  }

  /** Returns a file entry's attributes; {@code fallback} stands in for a missing time. */
  static FileAttributes file(ZipEntry entry, Instant fallback) {
    return FileAttributes.builder(FileType.FILE)
        .size(entry.getSize())
        .modified(modified(entry, fallback))
        .created(toInstant(entry.getCreationTime()))
        .extra("zip.compressed-size", Long.toString(entry.getCompressedSize()))
        .extra("zip.crc32", HexFormat.of().toHexDigits((int) entry.getCrc()))
        .build();
  }

  /** Returns a directory's attributes. */
  static FileAttributes directory(Instant modified) {
    return FileAttributes.builder(FileType.DIRECTORY).modified(modified).build();
  }

  /**
   * Returns an entry's modification time: the extended timestamp if the archive has one (UTC),
   * else the DOS time, which ZIP stores without a zone and {@link ZipEntry} reads as local time.
   */
  static Instant modified(ZipEntry entry, Instant fallback) {
    Instant modified = toInstant(entry.getLastModifiedTime());
    return modified == null ? fallback : modified;
  }

  private static Instant toInstant(FileTime time) {
    return time == null ? null : time.toInstant();
  }
}
