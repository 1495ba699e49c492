package dev.ferry.ftp.vfs;

/**
 * An optional ability a {@link VirtualFileSystem} declares in
 * {@link VirtualFileSystem#capabilities()}, so a server advertises only what really works.
 *
 * <p>The rules for backends:
 *
 * <ul>
 *   <li>Without {@link #WRITE} the file system is read-only: every operation that would change
 *       anything fails with {@link VfsException.Kind#PERMISSION_DENIED}, whatever other
 *       capabilities it declares. The others then describe the storage as it is read
 *       ({@link #DIRECTORIES}: empty directories exist; {@link #UNIX_PERMISSIONS}: attributes
 *       carry a mode) and what a writable view of it could do.
 *   <li>With {@link #WRITE}, an operation whose own capability is not declared fails with
 *       {@link VfsException.Kind#UNSUPPORTED}, never silently does something else.
 * </ul>
 *
 * <p>Stat, list and read are mandatory; so are creating or replacing a file, deleting a file and
 * renaming a file for a file system that declares {@link #WRITE}.
 */
public enum Capability {
  /**
   * The file system accepts changes at all: {@link VirtualFileSystem#openWrite}, {@link
   * VirtualFileSystem#delete} and {@link VirtualFileSystem#rename} work, and so do the optional
   * changes whose own capability is declared. Every writable backend declares it; a read-only
   * backend (an archive, a mirror) and {@link VirtualFileSystems#readOnly} do not, so a server
   * can leave uploads, deletes and renames out of what it offers (FTP FEAT and HELP).
   */
  WRITE,
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
   * {@link VirtualFileSystem#setCreationTime} works and {@link FileAttributes#created()} reports
   * it (FTP MFCT). Most Linux file systems record a birth time but cannot set it, so a backend
   * declares this only where the store really keeps the value it is given.
   */
  SET_CREATION_TIME,
  /**
   * {@link VirtualFileSystem#availableSpace} works (FTP AVBL). A store without a meaningful limit
   * (an object store) leaves it out rather than inventing a number.
   */
  AVAILABLE_SPACE,
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
