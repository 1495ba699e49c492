package dev.ferry.ftp.vfs;

/** What kind of entry a path names. */
public enum FileType {
  /** A regular file: bytes that can be read and written. */
  FILE,
  /** A directory: it contains other entries. */
  DIRECTORY,
  /**
   * A symbolic link that the backend does not follow (for example because its target lies outside
   * the root). It can be renamed or deleted, not read.
   */
  SYMLINK,
  /** Anything else: a device, a FIFO, a socket. It can be listed, not read. */
  OTHER
}
