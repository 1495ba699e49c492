package dev.ferry.ftp.vfs.local.internal;

import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A name in an open directory, as {@link Walker#locate} found it.
 *
 * @param dir the directory that holds the name; closed with this entry
 * @param name the name in {@code dir}
 * @param named the virtual path the caller asked for, used in errors
 * @param attributes the entry's attributes (a link's own, unless it was followed), or null if
 *     nothing has that name
 */
record Entry(Dir dir, String name, VirtualPath named, BasicFileAttributes attributes)
    implements Closeable {
  /** Returns the attributes, or fails with NOT_FOUND if nothing has the name. */
  BasicFileAttributes require() throws VfsException {
    if (attributes == null) {
      throw new VfsException(VfsException.Kind.NOT_FOUND, named);
    }
    return attributes;
  }

  @Override
  public void close() throws IOException {
    dir.close();
  }
}
