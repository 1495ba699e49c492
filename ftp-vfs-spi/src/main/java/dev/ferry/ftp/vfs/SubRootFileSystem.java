package dev.ferry.ftp.vfs;

import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.time.Instant;
import java.util.Objects;

/**
 * See {@link VirtualFileSystems#subRoot}. Every path goes in through {@link #real} and every
 * {@link VfsException} comes out through {@link #translate}, so the backing paths never show.
 */
final class SubRootFileSystem extends ForwardingFileSystem {
  private final VirtualPath home;

  SubRootFileSystem(VirtualFileSystem delegate, VirtualPath home) {
    super(delegate);
    this.home = Objects.requireNonNull(home, "home");
  }

  @Override
  public FileAttributes stat(VirtualPath path) throws IOException {
    try {
      return delegate().stat(real(path));
    } catch (VfsException e) {
      throw translate(e, path);
    }
  }

  @Override
  public DirectoryCursor list(VirtualPath directory) throws IOException {
    try {
      return delegate().list(real(directory));
    } catch (VfsException e) {
      throw translate(e, directory);
    }
  }

  @Override
  public ReadableByteChannel openRead(VirtualPath file, long offset) throws IOException {
    try {
      return delegate().openRead(real(file), offset);
    } catch (VfsException e) {
      throw translate(e, file);
    }
  }

  @Override
  public Upload openWrite(VirtualPath file, WriteMode mode) throws IOException {
    try {
      return new TranslatingUpload(delegate().openWrite(real(file), mode), file);
    } catch (VfsException e) {
      throw translate(e, file);
    }
  }

  @Override
  public void createDirectory(VirtualPath directory) throws IOException {
    try {
      delegate().createDirectory(real(directory));
    } catch (VfsException e) {
      throw translate(e, directory);
    }
  }

  @Override
  public void delete(VirtualPath file) throws IOException {
    try {
      delegate().delete(real(file));
    } catch (VfsException e) {
      throw translate(e, file);
    }
  }

  @Override
  public void deleteDirectory(VirtualPath directory) throws IOException {
    if (directory.isRoot()) {
      throw new VfsException(VfsException.Kind.PERMISSION_DENIED, directory);
    }
    try {
      delegate().deleteDirectory(real(directory));
    } catch (VfsException e) {
      throw translate(e, directory);
    }
  }

  @Override
  public void rename(VirtualPath source, VirtualPath target) throws IOException {
    if (source.isRoot() || target.isRoot()) {
      throw new VfsException(
          VfsException.Kind.PERMISSION_DENIED, source.isRoot() ? source : target);
    }
    try {
      delegate().rename(real(source), real(target));
    } catch (VfsException e) {
      throw translate(e, e.path().equals(real(target)) ? target : source);
    }
  }

  @Override
  public void setModifiedTime(VirtualPath path, Instant modified) throws IOException {
    try {
      delegate().setModifiedTime(real(path), modified);
    } catch (VfsException e) {
      throw translate(e, path);
    }
  }

  @Override
  public void setCreationTime(VirtualPath path, Instant created) throws IOException {
    try {
      delegate().setCreationTime(real(path), created);
    } catch (VfsException e) {
      throw translate(e, path);
    }
  }

  @Override
  public long availableSpace(VirtualPath directory) throws IOException {
    try {
      return delegate().availableSpace(real(directory));
    } catch (VfsException e) {
      throw translate(e, directory);
    }
  }

  @Override
  public void setPermissions(VirtualPath path, int mode) throws IOException {
    try {
      delegate().setPermissions(real(path), mode);
    } catch (VfsException e) {
      throw translate(e, path);
    }
  }

  @Override
  public byte[] checksum(VirtualPath file, String algorithm, long offset, long length)
      throws IOException {
    try {
      return delegate().checksum(real(file), algorithm, offset, length);
    } catch (VfsException e) {
      throw translate(e, file);
    }
  }

  /** A view never owns its delegate. */
  @Override
  public void close() {}

  @Override
  public String toString() {
    return "SubRoot(" + home + " in " + delegate() + ")";
  }

  private VirtualPath real(VirtualPath path) {
    return home.resolve(path);
  }

  /**
   * Reports the error against the view's own path: the backing path when it lies in the home,
   * else the path the caller named (the backing file system reported something above the home).
   */
  private VfsException translate(VfsException e, VirtualPath named) {
    VirtualPath mapped = e.path().startsWith(home) ? home.relativize(e.path()) : named;
    return e.withPath(mapped);
  }

  /** Maps errors from commit, which the backend reports against the backing path. */
  private final class TranslatingUpload implements Upload {
    private final Upload upload;
    private final VirtualPath file;

    TranslatingUpload(Upload upload, VirtualPath file) {
      this.upload = upload;
      this.file = file;
    }

    @Override
    public int write(java.nio.ByteBuffer src) throws IOException {
      try {
        return upload.write(src);
      } catch (VfsException e) {
        throw translate(e, file);
      }
    }

    @Override
    public void commit() throws IOException {
      try {
        upload.commit();
      } catch (VfsException e) {
        throw translate(e, file);
      }
    }

    @Override
    public void abort() {
      upload.abort();
    }

    @Override
    public boolean isOpen() {
      return upload.isOpen();
    }

    @Override
    public void close() throws IOException {
      upload.close();
    }
  }
}
