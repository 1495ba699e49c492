package dev.ferry.ftp.vfs;

import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** See {@link VirtualFileSystems#readOnly} and {@link VirtualFileSystems#readOnlyOwning}. */
final class ReadOnlyFileSystem extends ForwardingFileSystem {
  private final Set<Capability> capabilities;
  private final boolean owning;

  ReadOnlyFileSystem(VirtualFileSystem delegate, boolean owning) {
    super(delegate);
    this.owning = owning;
    // The others still describe the storage as it is read (directories, modes, links).
    EnumSet<Capability> kept = EnumSet.noneOf(Capability.class);
    kept.addAll(delegate.capabilities());
    kept.remove(Capability.WRITE);
    this.capabilities = Set.copyOf(kept);
  }

  @Override
  public Set<Capability> capabilities() {
    return capabilities;
  }

  @Override
  public Upload openWrite(VirtualPath file, WriteMode mode) throws IOException {
    throw denied(file);
  }

  @Override
  public void createDirectory(VirtualPath directory) throws IOException {
    throw denied(directory);
  }

  @Override
  public void delete(VirtualPath file) throws IOException {
    throw denied(file);
  }

  @Override
  public void deleteDirectory(VirtualPath directory) throws IOException {
    throw denied(directory);
  }

  @Override
  public void rename(VirtualPath source, VirtualPath target) throws IOException {
    throw denied(source);
  }

  @Override
  public void setModifiedTime(VirtualPath path, Instant modified) throws IOException {
    throw denied(path);
  }

  @Override
  public void setCreationTime(VirtualPath path, Instant created) throws IOException {
    throw denied(path);
  }

  @Override
  public void setPermissions(VirtualPath path, int mode) throws IOException {
    throw denied(path);
  }

  /** Closes the delegate if this view owns it; a shared view leaves it to its owner. */
  @Override
  public void close() throws IOException {
    if (owning) {
      super.close();
    }
  }

  private static VfsException denied(VirtualPath path) {
    return new VfsException(VfsException.Kind.PERMISSION_DENIED, path, "read-only", null);
  }
}
