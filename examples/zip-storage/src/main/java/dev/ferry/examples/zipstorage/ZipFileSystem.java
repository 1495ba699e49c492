package dev.ferry.examples.zipstorage;

import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.DirectoryCursor;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.Upload;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VfsException.Kind;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import dev.ferry.ftp.vfs.WriteMode;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A read-only {@link VirtualFileSystem} over the entries of a ZIP archive.
 *
 * <p>It declares no {@link Capability}: the optional operations (directories, modification
 * times, permissions, append and offset writes) fail with {@link Kind#UNSUPPORTED} through the
 * interface's defaults, and the mandatory ones that would change the archive (upload, delete,
 * rename) fail with {@link Kind#PERMISSION_DENIED} once the path's own errors are ruled out.
 *
 * <p>Thread-safe: {@link ZipFile} may be shared between threads, and the rest is immutable but
 * the closed flag.
 */
final class ZipFileSystem implements VirtualFileSystem {
  private static final System.Logger LOG = System.getLogger(ZipFileSystem.class.getName());

  private final ZipFile zip;
  private final ZipIndex index;
  private final Instant archiveTime;
  private final String description;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ZipFileSystem(ZipFile zip, ZipIndex index, Instant archiveTime, String description) {
    this.zip = zip;
    this.index = index;
    this.archiveTime = archiveTime;
    this.description = description;
  }

  /** Opens the archive and indexes its directories; the file system owns the open archive. */
  static ZipFileSystem open(Path archive, int maxEntries) throws IOException {
    Instant archiveTime = Files.getLastModifiedTime(archive).toInstant();
    ZipFile zip = new ZipFile(archive.toFile());
    try {
      ZipIndex index = ZipIndex.scan(zip, archiveTime, maxEntries);
      if (index.skipped() > 0) {
        LOG.log(Level.WARNING, "{0}: skipped {1} entries that cannot be served (a name that "
            + "is not a plain relative path, or an unknown size)", archive, index.skipped());
      }
      return new ZipFileSystem(zip, index, archiveTime, "zip:" + archive);
    } catch (IOException | RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of();
  }

  @Override
  public FileAttributes stat(VirtualPath path) throws IOException {
    checkOpen();
    Instant directory = index.directoryTime(Entries.nameOf(path));
    if (directory != null) {
      return Entries.directory(directory);
    }
    return Entries.file(requireFile(path), archiveTime);
  }

  @Override
  public DirectoryCursor list(VirtualPath directory) throws IOException {
    checkOpen();
    String name = Entries.nameOf(directory);
    if (index.directoryTime(name) == null) {
      throw new VfsException(file(name) != null ? Kind.NOT_A_DIRECTORY : Kind.NOT_FOUND,
          directory);
    }
    return new ZipCursor(zip, index, name, directory, archiveTime);
  }

  @Override
  public ReadableByteChannel openRead(VirtualPath file, long offset) throws IOException {
    if (offset < 0) {
      throw new IllegalArgumentException("offset < 0: " + offset);
    }
    checkOpen();
    ZipEntry entry = requireFile(file);
    try {
      return EntryChannel.open(zip, entry, file, offset);
    } catch (IllegalStateException e) {
      throw closedError(e);
    }
  }

  @Override
  public Upload openWrite(VirtualPath file, WriteMode mode) throws IOException {
    checkOpen();
    switch (mode) {
      // Appending and writing at an offset are optional, and not declared: unsupported.
      case WriteMode.Append append -> throw new VfsException(Kind.UNSUPPORTED, file);
      case WriteMode.AtOffset at -> throw new VfsException(Kind.UNSUPPORTED, file);
      case WriteMode.CreateNew createNew -> throw refuseUpload(file);
      case WriteMode.Replace replace -> throw refuseUpload(file);
    }
  }

  @Override
  public void delete(VirtualPath file) throws IOException {
    checkOpen();
    requireFile(file);
    throw denied(file);
  }

  @Override
  public void rename(VirtualPath source, VirtualPath target) throws IOException {
    checkOpen();
    if (index.directoryTime(Entries.nameOf(source)) == null) {
      requireFile(source);
    }
    throw denied(source);
  }

  @Override
  public void close() throws IOException {
    if (closed.compareAndSet(false, true)) {
      zip.close();
    }
  }

  @Override
  public String toString() {
    return description;
  }

  /** Returns the file entry at {@code path}, or fails with the error the SPI names for it. */
  private ZipEntry requireFile(VirtualPath path) throws IOException {
    String name = Entries.nameOf(path);
    if (index.directoryTime(name) != null) {
      throw new VfsException(Kind.IS_A_DIRECTORY, path);
    }
    ZipEntry entry = file(name);
    if (entry == null) {
      throw new VfsException(Kind.NOT_FOUND, path);
    }
    return entry;
  }

  private ZipEntry file(String name) throws IOException {
    try {
      return index.file(zip, name);
    } catch (IllegalStateException e) {
      throw closedError(e);
    }
  }

  /** An upload fails as the SPI says for a directory, and is refused for anything else. */
  private VfsException refuseUpload(VirtualPath file) {
    return index.directoryTime(Entries.nameOf(file)) != null
        ? new VfsException(Kind.IS_A_DIRECTORY, file)
        : denied(file);
  }

  private void checkOpen() throws IOException {
    if (closed.get()) {
      throw new IOException(description + " is closed");
    }
  }

  /** ZipFile reports use after close as IllegalStateException; the SPI speaks IOException. */
  private IOException closedError(IllegalStateException e) {
    return new IOException(description + " is closed", e);
  }

  private static VfsException denied(VirtualPath path) {
    return new VfsException(Kind.PERMISSION_DENIED, path, "read-only archive", null);
  }
}
