package dev.ferry.ftp.vfs;

import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link VirtualFileSystem} that forwards every call to another one: the base class for
 * decorators (auditing, quotas, metrics, access control), which override only what they change.
 *
 * <p>Every method, including the optional ones and {@link #close()}, forwards as is. A decorator
 * that must not close a shared delegate overrides {@code close()}.
 */
public abstract class ForwardingFileSystem implements VirtualFileSystem {
  private final VirtualFileSystem delegate;

  /**
   * Creates a decorator around {@code delegate}.
   *
   * @param delegate the file system calls go to
   */
  protected ForwardingFileSystem(VirtualFileSystem delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  /**
   * Returns the file system calls go to.
   *
   * @return the delegate
   */
  protected final VirtualFileSystem delegate() {
    return delegate;
  }

  @Override
  public Set<Capability> capabilities() {
    return delegate.capabilities();
  }

  @Override
  public FileAttributes stat(VirtualPath path) throws IOException {
    return delegate.stat(path);
  }

  @Override
  public DirectoryCursor list(VirtualPath directory) throws IOException {
    return delegate.list(directory);
  }

  @Override
  public ReadableByteChannel openRead(VirtualPath file, long offset) throws IOException {
    return delegate.openRead(file, offset);
  }

  @Override
  public Upload openWrite(VirtualPath file, WriteMode mode) throws IOException {
    return delegate.openWrite(file, mode);
  }

  @Override
  public void createDirectory(VirtualPath directory) throws IOException {
    delegate.createDirectory(directory);
  }

  @Override
  public void delete(VirtualPath file) throws IOException {
    delegate.delete(file);
  }

  @Override
  public void deleteDirectory(VirtualPath directory) throws IOException {
    delegate.deleteDirectory(directory);
  }

  @Override
  public void rename(VirtualPath source, VirtualPath target) throws IOException {
    delegate.rename(source, target);
  }

  @Override
  public void setModifiedTime(VirtualPath path, Instant modified) throws IOException {
    delegate.setModifiedTime(path, modified);
  }

  @Override
  public void setCreationTime(VirtualPath path, Instant created) throws IOException {
    delegate.setCreationTime(path, created);
  }

  @Override
  public long availableSpace(VirtualPath directory) throws IOException {
    return delegate.availableSpace(directory);
  }

  @Override
  public void setPermissions(VirtualPath path, int mode) throws IOException {
    delegate.setPermissions(path, mode);
  }

  @Override
  public Set<String> checksumAlgorithms() {
    return delegate.checksumAlgorithms();
  }

  @Override
  public byte[] checksum(VirtualPath file, String algorithm, long offset, long length)
      throws IOException {
    return delegate.checksum(file, algorithm, offset, length);
  }

  @Override
  public void close() throws IOException {
    delegate.close();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + delegate + ")";
  }
}
