package dev.ferry.ftp.protocol.listing;

/**
 * What a listing entry names. The first three are what every listing tells apart; the
 * directory-like {@link #CURRENT_DIRECTORY} and {@link #PARENT_DIRECTORY} come from the MLSx
 * {@code type} fact ({@code cdir}, {@code pdir}, RFC 3659 §7.5.1); the device, FIFO and socket
 * kinds come from the file-type letter of a Unix listing ({@code c}, {@code b}, {@code p}, {@code
 * s}) or an {@code OS.unix=} type fact.
 */
public enum EntryType {
  /** A regular file: {@code -} in a Unix listing, {@code type=file} in MLSx. */
  FILE,
  /** A directory: {@code d}, {@code type=dir}. */
  DIRECTORY,
  /** A symbolic link: {@code l}, {@code type=OS.unix=symlink} or {@code OS.unix=slink}. */
  SYMLINK,
  /** The directory being listed: MLSx {@code type=cdir}. */
  CURRENT_DIRECTORY,
  /** The parent of the directory being listed: MLSx {@code type=pdir}. */
  PARENT_DIRECTORY,
  /** A character device: {@code c}. */
  CHARACTER_DEVICE,
  /** A block device: {@code b}. */
  BLOCK_DEVICE,
  /** A named pipe: {@code p}. */
  FIFO,
  /** A Unix domain socket: {@code s}. */
  SOCKET,
  /** Anything else, or a kind the listing did not say. */
  OTHER;

  /**
   * Returns whether this type names a directory: {@link #DIRECTORY}, {@link #CURRENT_DIRECTORY} or
   * {@link #PARENT_DIRECTORY}.
   *
   * @return whether a client can change into such an entry
   */
  public boolean isDirectory() {
    return this == DIRECTORY || this == CURRENT_DIRECTORY || this == PARENT_DIRECTORY;
  }
}
