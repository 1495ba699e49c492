package dev.ferry.ftp.vfs.local.internal;

import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.DirectoryCursor;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.Upload;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VfsException.Kind;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import dev.ferry.ftp.vfs.WriteMode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code local} and {@code memory} backends: a {@link VirtualFileSystem} over a directory of a
 * {@code java.nio.file} file system, confined to it.
 *
 * <p>Every path is walked from the root one name at a time ({@link Walker}); links are refused or
 * followed inside the root only. Uploads go to a hidden {@value #TEMP_PREFIX}… file in the target
 * directory and are renamed over the final name on commit ({@link NioUpload}). Thread-safe: it
 * holds no mutable state but the closed flag, and every call opens its own handles.
 */
final class NioFileSystem implements VirtualFileSystem {
  /** Temporary upload files start with this; they are hidden and their names reserved. */
  static final String TEMP_PREFIX = ".ferry-upload-";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Walker walker;
  private final NioOptions options;
  private final Set<Capability> capabilities;
  private final Closeable onClose;
  private final String description;
  private final AtomicBoolean closed = new AtomicBoolean();

  NioFileSystem(Walker walker, NioOptions options, Set<Capability> capabilities,
      Closeable onClose, String description) {
    this.walker = walker;
    this.options = options;
    this.capabilities = Set.copyOf(capabilities);
    this.onClose = onClose;
    this.description = description;
  }

  @Override
  public Set<Capability> capabilities() {
    return capabilities;
  }

  @Override
  public FileAttributes stat(VirtualPath path) throws IOException {
    checkOpen();
    if (path.isRoot()) {
      return walker.rootAttributes();
    }
    try (Entry e = walker.locate(path, true, false)) {
      return walker.attributes(e);
    }
  }

  @Override
  public DirectoryCursor list(VirtualPath directory) throws IOException {
    checkOpen();
    if (directory.isRoot()) {
      return new NioCursor(walker, walker.openRoot(), directory);
    }
    try (Entry e = walker.locate(directory, true, false)) {
      e.require();
      if (!e.attributes().isDirectory()) {
        throw new VfsException(e.attributes().isSymbolicLink() ? Kind.PERMISSION_DENIED
            : Kind.NOT_A_DIRECTORY, directory);
      }
      return new NioCursor(walker, e.dir().open(e.name()), directory);
    } catch (IOException ex) {
      throw NioErrors.map(ex, directory);
    }
  }

  @Override
  public ReadableByteChannel openRead(VirtualPath file, long offset) throws IOException {
    checkOpen();
    if (offset < 0) {
      throw new IllegalArgumentException("offset < 0: " + offset);
    }
    if (file.isRoot()) {
      throw new VfsException(Kind.IS_A_DIRECTORY, file);
    }
    try (Entry e = walker.locate(file, true, false)) {
      requireRegularFile(e);
      SeekableByteChannel channel = e.dir().channel(e.name(), Set.of(StandardOpenOption.READ));
      try {
        channel.position(offset);
      } catch (IOException | RuntimeException ex) {
        channel.close();
        throw ex;
      }
      return channel;
    } catch (IOException ex) {
      throw NioErrors.map(ex, file);
    }
  }

  @Override
  public Upload openWrite(VirtualPath file, WriteMode mode) throws IOException {
    checkOpen();
    if (file.isRoot()) {
      throw new VfsException(Kind.IS_A_DIRECTORY, file);
    }
    boolean inPlace = !(mode instanceof WriteMode.Replace || mode instanceof WriteMode.CreateNew)
        || !options.atomicUpload();
    Entry e = walker.locate(file, inPlace, true);
    try {
      if (e.attributes() != null) {
        if (e.attributes().isDirectory()) {
          throw new VfsException(Kind.IS_A_DIRECTORY, file);
        }
        if (mode instanceof WriteMode.CreateNew) {
          throw new VfsException(Kind.ALREADY_EXISTS, file);
        }
        if (inPlace && !e.attributes().isRegularFile()) {
          throw new VfsException(Kind.PERMISSION_DENIED, file, "not a regular file", null);
        }
        if (inPlace && walker.linkCount(e) > 1) {
          // Writing in place through a hard link would change a file that may lie outside.
          throw new VfsException(Kind.PERMISSION_DENIED, file, "file has other hard links", null);
        }
      }
      Upload upload = inPlace ? openInPlace(e, file, mode) : openAtomic(e, file, mode);
      e = null; // the upload owns the directory handle now
      return upload;
    } catch (IOException ex) {
      throw NioErrors.map(ex, file);
    } finally {
      if (e != null) {
        e.close();
      }
    }
  }

  private Upload openAtomic(Entry e, VirtualPath file, WriteMode mode) throws IOException {
    String temp = TEMP_PREFIX + HexFormat.of().formatHex(randomBytes());
    SeekableByteChannel channel = e.dir().channel(temp,
        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    return NioUpload.atomic(e.dir(), e.name(), temp, (FileChannel) channel, file,
        mode instanceof WriteMode.CreateNew, options.fsync());
  }

  private Upload openInPlace(Entry e, VirtualPath file, WriteMode mode) throws IOException {
    Set<OpenOption> open = switch (mode) {
      case WriteMode.CreateNew c -> Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      case WriteMode.Replace r -> Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
      case WriteMode.Append a -> Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND);
      case WriteMode.AtOffset at -> Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    };
    FileChannel channel = (FileChannel) e.dir().channel(e.name(), open);
    if (mode instanceof WriteMode.AtOffset at) {
      channel.position(at.offset());
    }
    // A whole-file write that fails leaves nothing half-written behind; append and offset writes
    // keep what they wrote, as the client will resume from the new size.
    boolean deleteOnAbort = mode instanceof WriteMode.Replace || mode instanceof WriteMode.CreateNew;
    return NioUpload.inPlace(e.dir(), e.name(), channel, file, deleteOnAbort, options.fsync());
  }

  @Override
  public void createDirectory(VirtualPath directory) throws IOException {
    checkOpen();
    if (directory.isRoot()) {
      throw new VfsException(Kind.ALREADY_EXISTS, directory);
    }
    try (Entry e = walker.locate(directory, false, true)) {
      if (e.attributes() != null) {
        throw new VfsException(Kind.ALREADY_EXISTS, directory);
      }
      // No mkdirat in java.nio: the parent was reached safely, the name is created by path.
      Files.createDirectory(e.dir().path().resolve(e.name()));
    } catch (IOException ex) {
      throw NioErrors.map(ex, directory);
    }
  }

  @Override
  public void delete(VirtualPath file) throws IOException {
    checkOpen();
    if (file.isRoot()) {
      throw new VfsException(Kind.IS_A_DIRECTORY, file);
    }
    try (Entry e = walker.locate(file, false, false)) {
      if (e.require().isDirectory()) {
        throw new VfsException(Kind.IS_A_DIRECTORY, file);
      }
      e.dir().deleteFile(e.name());
    } catch (IOException ex) {
      throw NioErrors.map(ex, file);
    }
  }

  @Override
  public void deleteDirectory(VirtualPath directory) throws IOException {
    checkOpen();
    if (directory.isRoot()) {
      throw new VfsException(Kind.PERMISSION_DENIED, directory, "the root", null);
    }
    try (Entry e = walker.locate(directory, false, false)) {
      if (!e.require().isDirectory()) {
        throw new VfsException(Kind.NOT_A_DIRECTORY, directory);
      }
      e.dir().deleteDirectory(e.name());
    } catch (IOException ex) {
      throw NioErrors.map(ex, directory);
    }
  }

  @Override
  public void rename(VirtualPath source, VirtualPath target) throws IOException {
    checkOpen();
    if (source.isRoot() || target.isRoot()) {
      throw new VfsException(Kind.PERMISSION_DENIED, source.isRoot() ? source : target,
          "the root", null);
    }
    try (Entry from = walker.locate(source, false, false)) {
      from.require();
      if (source.equals(target)) {
        return;
      }
      if (target.startsWith(source)) {
        throw new VfsException(Kind.PERMISSION_DENIED, target, "inside the source", null);
      }
      try (Entry to = walker.locate(target, false, true)) {
        if (to.attributes() != null
            && (to.attributes().isDirectory() || from.attributes().isDirectory())) {
          throw new VfsException(Kind.ALREADY_EXISTS, target);
        }
        try {
          from.dir().move(from.name(), to.dir(), to.name());
        } catch (IOException ex) {
          throw NioErrors.map(ex, target);
        }
      }
    }
  }

  @Override
  public void setModifiedTime(VirtualPath path, Instant modified) throws IOException {
    setTimes(path, FileTime.from(modified), null);
  }

  @Override
  public void setCreationTime(VirtualPath path, Instant created) throws IOException {
    checkOpen();
    if (!capabilities.contains(Capability.SET_CREATION_TIME)) {
      throw new VfsException(Kind.UNSUPPORTED, path);
    }
    setTimes(path, null, FileTime.from(created));
  }

  private void setTimes(VirtualPath path, FileTime modified, FileTime created)
      throws IOException {
    checkOpen();
    if (path.isRoot()) {
      walker.rootView(BasicFileAttributeView.class).setTimes(modified, null, created);
      return;
    }
    try (Entry e = walker.locate(path, true, false)) {
      requireNotLink(e);
      e.dir().view(e.name(), BasicFileAttributeView.class).setTimes(modified, null, created);
    } catch (IOException ex) {
      throw NioErrors.map(ex, path);
    }
  }

  @Override
  public long availableSpace(VirtualPath directory) throws IOException {
    checkOpen();
    if (!capabilities.contains(Capability.AVAILABLE_SPACE)) {
      throw new VfsException(Kind.UNSUPPORTED, directory);
    }
    if (directory.isRoot()) {
      return walker.rootStore().getUsableSpace();
    }
    try (Entry e = walker.locate(directory, true, false)) {
      if (!e.require().isDirectory()) {
        throw new VfsException(Kind.NOT_A_DIRECTORY, directory);
      }
      // By path: there is no handle-based form. A swapped ancestor could at worst show the free
      // space of another disk, never its content.
      return Files.getFileStore(e.dir().path().resolve(e.name())).getUsableSpace();
    } catch (IOException ex) {
      throw NioErrors.map(ex, directory);
    }
  }

  @Override
  public void setPermissions(VirtualPath path, int mode) throws IOException {
    checkOpen();
    if (mode < 0 || mode > 0777) {
      throw new IllegalArgumentException("mode out of range: 0" + Integer.toOctalString(mode));
    }
    if (!capabilities.contains(Capability.UNIX_PERMISSIONS)) {
      throw new VfsException(Kind.UNSUPPORTED, path);
    }
    if (path.isRoot()) {
      walker.rootView(PosixFileAttributeView.class).setPermissions(Modes.toPermissions(mode));
      return;
    }
    try (Entry e = walker.locate(path, true, false)) {
      requireNotLink(e);
      e.dir().view(e.name(), PosixFileAttributeView.class)
          .setPermissions(Modes.toPermissions(mode));
    } catch (IOException ex) {
      throw NioErrors.map(ex, path);
    }
  }

  @Override
  public Set<String> checksumAlgorithms() {
    return Checksums.ALGORITHMS;
  }

  @Override
  public byte[] checksum(VirtualPath file, String algorithm, long offset, long length)
      throws IOException {
    if (length < 0) {
      throw new IllegalArgumentException("length < 0: " + length);
    }
    if (!Checksums.ALGORITHMS.contains(algorithm)) {
      throw new VfsException(Kind.UNSUPPORTED, file, "no checksum " + algorithm, null);
    }
    try (ReadableByteChannel channel = openRead(file, offset)) {
      return Checksums.compute(algorithm, channel, length);
    }
  }

  @Override
  public void close() throws IOException {
    if (closed.compareAndSet(false, true)) {
      onClose.close();
    }
  }

  @Override
  public String toString() {
    return description;
  }

  private void checkOpen() throws IOException {
    if (closed.get()) {
      throw new IOException(description + " is closed");
    }
  }

  private static void requireRegularFile(Entry e) throws VfsException {
    var attributes = e.require();
    if (attributes.isDirectory()) {
      throw new VfsException(Kind.IS_A_DIRECTORY, e.named());
    }
    if (!attributes.isRegularFile()) {
      throw new VfsException(Kind.PERMISSION_DENIED, e.named(), "not a regular file", null);
    }
  }

  private static void requireNotLink(Entry e) throws VfsException {
    if (e.require().isSymbolicLink()) {
      throw new VfsException(Kind.PERMISSION_DENIED, e.named(), "symbolic link", null);
    }
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
