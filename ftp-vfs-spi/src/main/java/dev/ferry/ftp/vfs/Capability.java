package dev.ferry.ftp.vfs;

/**
 * An optional ability a {@link VirtualFileSystem} declares in
 * {@link VirtualFileSystem#capabilities()}, so a server advertises only what really works.
 *
 * <p>The rule for backends: an operation whose capability is not declared fails with
 * {@link VfsException.Kind#UNSUPPORTED}, never silently does something else. Operations with no
 * capability listed here (stat, list, read, create or replace a file, delete, rename of a file)
 * are mandatory.
 */
public enum Capability {
  /** {@link WriteMode#append()} works (FTP APPE). */
  APPEND,
  /** {@link WriteMode#at(long)} works: a write in place at an offset (FTP REST + STOR). */
  WRITE_AT_OFFSET,
  /**
   * {@link VirtualFileSystem#rename} of a file is atomic: other readers see the old entry or the
   * new one, never both or neither. Rename works without this capability, only not atomically.
   */
  ATOMIC_RENAME,
  /** {@link VirtualFileSystem#rename} accepts a directory as its source. */
  RENAME_DIRECTORY,
  /** {@link VirtualFileSystem#setModifiedTime} works (FTP MFMT). */
  SET_MODIFIED_TIME,
  /**
   * Directories exist on their own: {@link VirtualFileSystem#createDirectory} and
   * {@link VirtualFileSystem#deleteDirectory} work and an empty directory persists. Without it a
   * directory exists only while something lies below it, as in a plain object store.
   */
  DIRECTORIES,
  /**
   * {@link VirtualFileSystem#checksum} works for the algorithms in
   * {@link VirtualFileSystem#checksumAlgorithms()} (FTP HASH).
   */
  CHECKSUMS,
  /**
   * {@link VirtualFileSystem#setPermissions} works and {@link FileAttributes#mode()} reports unix
   * permission bits (FTP SITE CHMOD).
   */
  UNIX_PERMISSIONS,
  /** Listings and {@link VirtualFileSystem#stat} may report {@link FileType#SYMLINK} entries. */
  SYMLINKS
}
