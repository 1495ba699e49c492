package dev.ferry.examples.zipstorage;

import dev.ferry.ftp.vfs.DirectoryCursor;
import dev.ferry.ftp.vfs.DirectoryEntry;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.time.Instant;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A directory listing streamed from the archive's central directory: each {@link #next()} walks
 * the entries on from where the last one stopped and returns the next one directly inside the
 * directory. A subdirectory is returned the first time an entry names or implies it; only the
 * names of subdirectories already returned are remembered, never the files.
 */
final class ZipCursor implements DirectoryCursor {
  private final ZipIndex index;
  private final Enumeration<? extends ZipEntry> entries;
  private final String prefix;
  private final VirtualPath directory;
  private final Instant archiveTime;
  private final Set<String> directoriesSeen = new HashSet<>();
  private boolean closed;

  ZipCursor(ZipFile zip, ZipIndex index, String name, VirtualPath directory,
      Instant archiveTime) throws IOException {
    this.index = index;
    this.prefix = name.isEmpty() ? "" : name + "/";
    this.directory = directory;
    this.archiveTime = archiveTime;
    try {
      this.entries = zip.entries();
    } catch (IllegalStateException e) {
      throw new IOException(directory + ": archive is closed", e);
    }
  }

  @Override
  public DirectoryEntry next() throws IOException {
    if (closed) {
      throw new IOException(directory + ": listing is closed");
    }
    try {
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String name = Entries.name(entry);
        if (name == null || !name.startsWith(prefix)) {
          continue;
        }
        String rest = name.substring(prefix.length());
        int slash = rest.indexOf('/');
        if (slash < 0 && !Entries.isDirectory(entry)) {
          return new DirectoryEntry(rest, Entries.file(entry, archiveTime));
        }
        String child = slash < 0 ? rest : rest.substring(0, slash);
        if (directoriesSeen.add(child)) {
          return new DirectoryEntry(child,
              Entries.directory(index.directoryTime(prefix + child)));
        }
      }
      return null;
    } catch (IllegalStateException e) {
      throw new IOException(directory + ": archive is closed", e);
    }
  }

  @Override
  public void close() {
    closed = true;
  }
}
