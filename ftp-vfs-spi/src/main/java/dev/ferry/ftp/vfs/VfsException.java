package dev.ferry.ftp.vfs;

import java.io.IOException;
import java.util.Objects;

/**
 * A storage failure that a server can answer precisely: one {@link Kind} per distinct FTP reply,
 * and the {@link VirtualPath} it concerns (always the path as the caller named it, never a
 * backend's real path).
 *
 * <p>Backends throw this for every failure that has a kind; any other {@link IOException} means an
 * unexpected local error (FTP 451). Causes are always chained.
 */
public final class VfsException extends IOException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. Each kind maps to exactly one FTP reply. */
  public enum Kind {
    /** The path, or a directory on the way to it, does not exist (550). */
    NOT_FOUND("no such file or directory"),
    /** Something already exists under the name (550 for MKD, 553 for a create-new upload). */
    ALREADY_EXISTS("already exists"),
    /** A directory was needed, something else was found (550). */
    NOT_A_DIRECTORY("not a directory"),
    /** A file was needed, a directory was found (550). */
    IS_A_DIRECTORY("is a directory"),
    /** A directory to remove still has entries (550). */
    NOT_EMPTY("directory not empty"),
    /** The backend or a view forbids the operation on this path (550). */
    PERMISSION_DENIED("permission denied"),
    /** A quota or the storage itself is full (552). */
    NO_SPACE("quota exceeded or no space left"),
    /** The name is valid as a virtual path but this backend cannot store it (553). */
    INVALID_NAME("name not allowed by the storage"),
    /** The backend does not offer the operation; see {@link Capability} (502 or 504). */
    UNSUPPORTED("operation not supported"),
    /** A transient failure: the operation may succeed if retried later (450). */
    UNAVAILABLE("storage temporarily unavailable");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /**
     * Returns a short description for messages.
     *
     * @return for example "no such file or directory"
     */
    public String description() {
      return description;
    }
  }

  private final Kind kind;
  // VirtualPath is not serializable: keep its string form, parse it again after deserialization.
  private final String pathString;
  private transient VirtualPath path;
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param kind what went wrong
   * @param path the path as the caller named it
   * @param detail extra words for the message, or {@code null}; never a backend's real path
   * @param cause the underlying failure, or {@code null}
   */
  public VfsException(Kind kind, VirtualPath path, String detail, Throwable cause) {
    super(message(kind, path, detail), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.path = Objects.requireNonNull(path, "path");
    this.pathString = path.toString();
    this.detail = detail;
  }

  /**
   * Creates the exception without extra detail or cause.
   *
   * @param kind what went wrong
   * @param path the path as the caller named it
   */
  public VfsException(Kind kind, VirtualPath path) {
    this(kind, path, null, null);
  }

  /**
   * Returns what went wrong.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the path the failure concerns, as the caller named it.
   *
   * @return the virtual path
   */
  public VirtualPath path() {
    if (path == null) {
      path = VirtualPath.of(pathString);
    }
    return path;
  }

  /**
   * Returns an exception of the same kind for another path, with the same cause. Views that map
   * paths (such as a sub-root) use it so a user never sees the backing path.
   *
   * @param other the path to report instead
   * @return a new exception with the same detail; its cause is this exception's cause
   */
  public VfsException withPath(VirtualPath other) {
    VfsException copy = new VfsException(kind, other, detail, getCause());
    copy.setStackTrace(getStackTrace());
    return copy;
  }

  private static String message(Kind kind, VirtualPath path, String detail) {
    String base = path + ": " + kind.description();
    return detail == null || detail.isEmpty() ? base : base + " (" + detail + ")";
  }
}
