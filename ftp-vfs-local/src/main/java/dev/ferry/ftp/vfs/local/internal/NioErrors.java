package dev.ferry.ftp.vfs.local.internal;

import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VfsException.Kind;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Turns {@code java.nio.file} exceptions into {@link VfsException}s about the virtual path.
 *
 * <p>The JDK has no exception type for "no space", "is a directory" or "name too long", so those
 * are recognised by the operating system's message (strerror on Unix, Jimfs's own wording).
 * Whatever has no kind is wrapped in a plain {@link IOException} that names the virtual path and
 * the reason, never the real path on disk; the original is always the cause.
 */
final class NioErrors {
  private NioErrors() {}

  static IOException map(IOException e, VirtualPath path) {
    if (e instanceof VfsException || e instanceof ClosedChannelException) {
      return e;
    }
    Kind kind = kindOf(e);
    String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (kind == null) {
      return new IOException(path + ": " + (reason == null ? e.getClass().getSimpleName() : reason),
          e);
    }
    return new VfsException(kind, path, null, e);
  }

  static Kind kindOf(IOException e) {
    if (e instanceof NoSuchFileException) {
      return Kind.NOT_FOUND;
    }
    if (e instanceof FileAlreadyExistsException) {
      return Kind.ALREADY_EXISTS;
    }
    if (e instanceof DirectoryNotEmptyException) {
      return Kind.NOT_EMPTY;
    }
    if (e instanceof NotDirectoryException) {
      return Kind.NOT_A_DIRECTORY;
    }
    if (e instanceof AccessDeniedException) {
      return Kind.PERMISSION_DENIED;
    }
    String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (reason == null) {
      return null;
    }
    String r = reason.toLowerCase(Locale.ROOT);
    if (r.contains("no space left") || r.contains("quota exceeded")
        || r.contains("out of disk space") || r.contains("file too large")) {
      return Kind.NO_SPACE;
    }
    if (r.contains("is a directory")) {
      return Kind.IS_A_DIRECTORY;
    }
    if (r.contains("not a directory")) {
      return Kind.NOT_A_DIRECTORY;
    }
    if (r.contains("directory not empty")) {
      return Kind.NOT_EMPTY;
    }
    if (r.contains("file name too long")) {
      return Kind.INVALID_NAME;
    }
    if (r.contains("read-only file system") || r.contains("operation not permitted")
        || r.contains("symbolic links") || r.contains("nofollow_links")) {
      return Kind.PERMISSION_DENIED;
    }
    return null;
  }
}
