package dev.ferry.ftp.vfs.local.internal;

import dev.ferry.ftp.vfs.DirectoryCursor;
import dev.ferry.ftp.vfs.DirectoryEntry;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;

/**
 * A listing straight off the directory handle: one {@code readdir} entry and one {@code fstatat}
 * per {@link #next()}, nothing buffered beyond what the JDK reads ahead. Hidden upload files,
 * entries that vanish before they are looked at, and names that cannot be virtual names (control
 * characters, undecodable bytes) are skipped.
 */
final class NioCursor implements DirectoryCursor {
  private final Walker walker;
  private final Dir dir;
  private final VirtualPath path;
  private final Iterator<Path> iterator;
  private boolean closed;

  NioCursor(Walker walker, Dir dir, VirtualPath path) throws IOException {
    this.walker = walker;
    this.dir = dir;
    this.path = path;
    try {
      this.iterator = dir.entries().iterator();
    } catch (IOException | RuntimeException e) {
      Walker.closeQuietly(dir);
      throw e;
    }
  }

  @Override
  public DirectoryEntry next() throws IOException {
    if (closed) {
      throw new IOException(path + ": listing is closed");
    }
    while (true) {
      Path next;
      try {
        if (!iterator.hasNext()) {
          return null;
        }
        next = iterator.next();
      } catch (DirectoryIteratorException e) {
        throw NioErrors.map(e.getCause(), path);
      }
      String name = next.getFileName().toString();
      if (!Walker.isListable(name)) {
        continue;
      }
      BasicFileAttributes attributes;
      try {
        attributes = Walker.statOrNull(dir, name);
      } catch (IOException e) {
        throw NioErrors.map(e, path);
      }
      if (attributes != null) {
        return new DirectoryEntry(name, walker.listedAttributes(dir, name, attributes));
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      dir.close();
    }
  }
}
