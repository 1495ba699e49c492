package dev.ferry.ftp.vfs;

/**
 * How {@link VirtualFileSystem#openWrite} treats the file it writes.
 *
 * <p>A sealed family, so a backend handles every mode with an exhaustive {@code switch}:
 *
 * <pre>{@code
 * switch (mode) {
 *   case WriteMode.CreateNew c -> ...
 *   case WriteMode.Replace r -> ...
 *   case WriteMode.Append a -> ...
 *   case WriteMode.AtOffset at -> ... at.offset() ...
 * }
 * }</pre>
 */
public sealed interface WriteMode {
  /**
   * Creates a file that must not exist yet; the upload fails with
   * {@link VfsException.Kind#ALREADY_EXISTS} if the name is taken when it is opened or committed
   * (FTP STOU, or STOR where overwriting is forbidden).
   *
   * @return the mode
   */
  static WriteMode createNew() {
    return CreateNew.INSTANCE;
  }

  /**
   * Creates the file or replaces an existing one with the upload's content (FTP STOR).
   *
   * @return the mode
   */
  static WriteMode replace() {
    return Replace.INSTANCE;
  }

  /**
   * Appends to the file, creating it if absent (FTP APPE, RFC 959 §4.1.3). Needs
   * {@link Capability#APPEND}.
   *
   * @return the mode
   */
  static WriteMode append() {
    return Append.INSTANCE;
  }

  /**
   * Writes in place from {@code offset}, keeping the bytes before it and any bytes past the end of
   * what is written; the file is created if absent, and an offset past the end leaves a gap of
   * zero bytes (FTP REST + STOR, RFC 3659 §5). Needs {@link Capability#WRITE_AT_OFFSET}.
   *
   * @param offset where writing starts, not negative
   * @return the mode
   */
  static WriteMode at(long offset) {
    return new AtOffset(offset);
  }

  /** See {@link WriteMode#createNew()}. */
  enum CreateNew implements WriteMode {
    /** The only instance. */
    INSTANCE
  }

  /** See {@link WriteMode#replace()}. */
  enum Replace implements WriteMode {
    /** The only instance. */
    INSTANCE
  }

  /** See {@link WriteMode#append()}. */
  enum Append implements WriteMode {
    /** The only instance. */
    INSTANCE
  }

  /**
   * See {@link WriteMode#at(long)}.
   *
   * @param offset where writing starts, not negative
   */
  record AtOffset(long offset) implements WriteMode {
    /**
     * Checks the offset.
     *
     * @param offset where writing starts, not negative
     */
    public AtOffset {
      if (offset < 0) {
        throw new IllegalArgumentException("offset < 0: " + offset);
      }
    }
  }
}
