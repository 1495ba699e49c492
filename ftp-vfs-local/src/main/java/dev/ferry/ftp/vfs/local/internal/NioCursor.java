package dev.ferry.ftp.vfs.local.internal;

import dev.ferry.ftp.vfs.DirectoryCursor;
import dev.ferry.ftp.vfs.DirectoryEntry;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * A listing straight off the directory handle: one {@code readdir} entry and one {@code stat} per
 * {@link #next()} ({@link Walker#listedOrNull}), nothing buffered beyond what the JDK reads
 * ahead; owner and group names are looked up once per id and listing ({@link OwnerNames}).
 * Hidden upload files, entries that vanish before they are looked at, and names that cannot be
 * virtual names (control characters, undecodable bytes) are skipped.
 */
final class NioCursor implements DirectoryCursor {
  private final Walker walker;
  private final Dir dir;
  private final VirtualPath path;
  private final Iterator<Path> iterator;
  private final OwnerNames names = new OwnerNames();
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
      FileAttributes attributes;
      try {
        attributes = walker.listedOrNull(dir, name, names);
      } catch (IOException e) {
        throw NioErrors.map(e, path);
      }
      if (attributes != null) {
        return new DirectoryEntry(name, attributes);
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
