package dev.ferry.ftp.vfs;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.time.Instant;
import java.util.Set;

/**
 * A storage backend as the server sees it: a tree of files and directories named by
 * {@link VirtualPath}s, read and written through NIO channels.
 *
 * <p><b>Errors.</b> Every failure with a precise meaning is a {@link VfsException} whose
 * {@link VfsException#path() path} is the path the caller passed; any other {@link IOException} is
 * an unexpected storage error. The error each method names is the one a backend must use for that
 * case; the contract suite in {@code ftp-testkit} checks them all.
 *
 * <p><b>Capabilities.</b> Optional operations are declared in {@link #capabilities()}; an
 * operation whose {@link Capability} is not declared fails with
 * {@link VfsException.Kind#UNSUPPORTED}. A file system that does not declare
 * {@link Capability#WRITE} is read-only: every operation that would change anything fails with
 * {@link VfsException.Kind#PERMISSION_DENIED} instead (a backend may report a path's own error,
 * such as {@code NOT_FOUND}, first). The default methods of this interface do exactly that, so a
 * backend implements only what it offers.
 *
 * <p><b>Thread-safety.</b> Implementations must be safe for concurrent use: one instance serves
 * many sessions at once. Channels, cursors and uploads it returns are used by one thread at a
 * time (except {@link Upload#abort()}). Closing the file system while operations are in flight
 * makes them fail; close it once, after the server stopped using it.
 */
public interface VirtualFileSystem extends Closeable {
  /**
   * Returns what this file system offers beyond the mandatory operations. The set never changes
   * while the file system is open.
   *
   * @return an unmodifiable set
   */
  Set<Capability> capabilities();

  /**
   * Returns the attributes of an entry. A symbolic link the backend does not follow is reported
   * as {@link FileType#SYMLINK}.
   *
   * @param path the entry
   * @return its attributes
   * @throws VfsException {@code NOT_FOUND} if nothing is there (also when a parent is a file)
   * @throws IOException on other storage errors
   */
  FileAttributes stat(VirtualPath path) throws IOException;

  /**
   * Opens a lazy listing of a directory's entries.
   *
   * @param directory the directory
   * @return a cursor the caller must close
   * @throws VfsException {@code NOT_FOUND} if it does not exist, {@code NOT_A_DIRECTORY} if it is
   *     not a directory
   * @throws IOException on other storage errors
   */
  DirectoryCursor list(VirtualPath directory) throws IOException;

  /**
   * Opens a file for reading from {@code offset}. An offset at or past the end gives a channel
   * that is at its end at once.
   *
   * <p>A backend with local files returns a {@link FileChannel} (positioned at {@code offset}), so
   * a caller that tests {@code instanceof FileChannel} can use {@link FileChannel#transferTo} for
   * zero-copy transfers; any other channel is read sequentially.
   *
   * <p>A negative offset is a caller's bug, not a storage error: it fails with {@link
   * IllegalArgumentException} before anything is looked up, whether or not {@code file} exists.
   *
   * @param file the file
   * @param offset the first byte to read, not negative
   * @return a channel the caller must close
   * @throws IllegalArgumentException if {@code offset} is negative
   * @throws VfsException {@code NOT_FOUND}, {@code IS_A_DIRECTORY}, or {@code PERMISSION_DENIED}
   *     for an entry that cannot be read (a link the backend refuses, a device)
   * @throws IOException on other storage errors
   */
  ReadableByteChannel openRead(VirtualPath file, long offset) throws IOException;

  /**
   * Opens an upload to a file. The parent directory must exist. See {@link Upload} for when the
   * content becomes visible.
   *
   * @param file the file to write
   * @param mode how to treat an existing file
   * @return the upload; the caller must commit it, or close it to abort
   * @throws VfsException {@code NOT_FOUND} if the parent does not exist, {@code NOT_A_DIRECTORY}
   *     if the parent is not a directory, {@code IS_A_DIRECTORY} if {@code file} is a directory,
   *     {@code ALREADY_EXISTS} for {@link WriteMode#createNew()} on an existing name, {@code
   *     UNSUPPORTED} for a mode whose capability is not declared, {@code NO_SPACE}, {@code
   *     PERMISSION_DENIED} without {@link Capability#WRITE}
   * @throws IOException on other storage errors
   */
  Upload openWrite(VirtualPath file, WriteMode mode) throws IOException;

  /**
   * Creates a directory. Needs {@link Capability#WRITE} and {@link Capability#DIRECTORIES}.
   *
   * @param directory the directory to create; its parent must exist
   * @throws VfsException {@code ALREADY_EXISTS} if anything exists under the name, {@code
   *     NOT_FOUND} if the parent does not exist, {@code NOT_A_DIRECTORY} if the parent is not a
   *     directory
   * @throws IOException on other storage errors
   */
  default void createDirectory(VirtualPath directory) throws IOException {
    throw refused(directory);
  }

  /**
   * Deletes a file (or a symbolic link, never its target). Whether readers that have the file
   * open can go on reading is up to the backend; local disks let them.
   *
   * @param file the file to delete
   * @throws VfsException {@code NOT_FOUND}, {@code IS_A_DIRECTORY}, {@code PERMISSION_DENIED}
   *     without {@link Capability#WRITE}
   * @throws IOException on other storage errors
   */
  void delete(VirtualPath file) throws IOException;

  /**
   * Deletes an empty directory. Needs {@link Capability#WRITE} and
   * {@link Capability#DIRECTORIES}. The root cannot be deleted.
   *
   * @param directory the directory to delete
   * @throws VfsException {@code NOT_FOUND}, {@code NOT_A_DIRECTORY}, {@code NOT_EMPTY}, {@code
   *     PERMISSION_DENIED} for the root
   * @throws IOException on other storage errors
   */
  default void deleteDirectory(VirtualPath directory) throws IOException {
    throw refused(directory);
  }

  /**
   * Moves an entry to a new name. A file replaces an existing file at {@code target} (atomically
   * with {@link Capability#ATOMIC_RENAME}); an existing directory is never replaced, and a
   * directory never replaces a file. Moving a directory needs {@link Capability#RENAME_DIRECTORY}
   * and moves its whole content. Renaming an entry to itself does nothing.
   *
   * @param source the entry to move
   * @param target its new path; the parent must exist
   * @throws VfsException {@code NOT_FOUND} (for {@code source}, or for {@code target}'s parent),
   *     {@code ALREADY_EXISTS} (for {@code target}) if it is a directory or if a directory would
   *     replace a file, {@code PERMISSION_DENIED} for the root or for a move of a directory into
   *     itself or without {@link Capability#WRITE}, {@code UNSUPPORTED} for a directory without
   *     the capability
   * @throws IOException on other storage errors
   */
  void rename(VirtualPath source, VirtualPath target) throws IOException;

  /**
   * Sets an entry's modification time (FTP MFMT). Needs {@link Capability#WRITE} and
   * {@link Capability#SET_MODIFIED_TIME}. Backends may round it to their precision (a second at
   * least).
   *
   * @param path the entry
   * @param modified the new modification time
   * @throws VfsException {@code NOT_FOUND}
   * @throws IOException on other storage errors
   */
  default void setModifiedTime(VirtualPath path, Instant modified) throws IOException {
    throw refused(path);
  }

  /**
   * Sets an entry's creation time (FTP MFCT). Needs {@link Capability#WRITE} and
   * {@link Capability#SET_CREATION_TIME}; afterwards {@link #stat} reports it as
   * {@link FileAttributes#created()}. Backends may round it to their precision (a second at
   * least).
   *
   * @param path the entry
   * @param created the new creation time
   * @throws VfsException {@code NOT_FOUND}
   * @throws IOException on other storage errors
   */
  default void setCreationTime(VirtualPath path, Instant created) throws IOException {
    throw refused(path);
  }

  /**
   * Returns how many bytes a user could still write below a directory (FTP AVBL): the space
   * available to this file system's process, within any quota the backend enforces. Needs
   * {@link Capability#AVAILABLE_SPACE}; a read-only file system may still report it. The value is
   * a snapshot, not a reservation.
   *
   * @param directory the directory
   * @return the number of bytes, not negative
   * @throws VfsException {@code NOT_FOUND}, {@code NOT_A_DIRECTORY}, {@code UNSUPPORTED} without
   *     the capability
   * @throws IOException on other storage errors
   */
  default long availableSpace(VirtualPath directory) throws IOException {
    throw new VfsException(VfsException.Kind.UNSUPPORTED, directory);
  }

  /**
   * Sets an entry's unix permission bits (FTP SITE CHMOD). Needs {@link Capability#WRITE} and
   * {@link Capability#UNIX_PERMISSIONS}.
   *
   * @param path the entry
   * @param mode the permission bits, between 0 and 0777
   * @throws VfsException {@code NOT_FOUND}
   * @throws IOException on other storage errors
   */
  default void setPermissions(VirtualPath path, int mode) throws IOException {
    throw refused(path);
  }

  /**
   * Returns the checksum algorithms {@link #checksum} accepts, by their standard names
   * ({@code MD5}, {@code SHA-1}, {@code SHA-256}, {@code SHA-512}, {@code CRC32}, …); empty
   * without {@link Capability#CHECKSUMS}.
   *
   * @return an unmodifiable set
   */
  default Set<String> checksumAlgorithms() {
    return Set.of();
  }

  /**
   * Computes or fetches the checksum of a range of a file (FTP HASH). Needs
   * {@link Capability#CHECKSUMS}.
   *
   * @param file the file
   * @param algorithm one of {@link #checksumAlgorithms()}
   * @param offset the first byte of the range, not negative
   * @param length the range's length, clipped to the end of the file ({@link Long#MAX_VALUE} for
   *     "to the end")
   * @return the checksum's bytes (for {@code CRC32}, 4 bytes, big-endian)
   * @throws VfsException {@code NOT_FOUND}, {@code IS_A_DIRECTORY}, {@code UNSUPPORTED} for an
   *     algorithm not offered
   * @throws IOException on other storage errors
   */
  default byte[] checksum(VirtualPath file, String algorithm, long offset, long length)
      throws IOException {
    throw new VfsException(VfsException.Kind.UNSUPPORTED, file);
  }

  /**
   * Releases everything the file system holds (handles, connection pools, an in-memory store).
   * Closing twice has no effect.
   *
   * @throws IOException if releasing fails
   */
  @Override
  void close() throws IOException;

  /**
   * The error of the default optional changes: {@code PERMISSION_DENIED} on a read-only file
   * system (no {@link Capability#WRITE}), else {@code UNSUPPORTED}.
   */
  private VfsException refused(VirtualPath path) {
    return capabilities().contains(Capability.WRITE)
        ? new VfsException(VfsException.Kind.UNSUPPORTED, path)
        : new VfsException(VfsException.Kind.PERMISSION_DENIED, path, "read-only", null);
  }
}
