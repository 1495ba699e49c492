package dev.ferry.ftp.server.internal.net;

import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.ForwardingFileSystem;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A memory backend that declares the capabilities a test chooses, and keeps unix modes in a map
 * when it declares {@link Capability#UNIX_PERMISSIONS} (the memory backend has none of its own).
 * Operations whose capability is not declared fail with {@code UNSUPPORTED}, as the SPI demands.
 */
final class CapabilityFileSystem extends ForwardingFileSystem {
  private final Set<Capability> capabilities;
  private final Map<VirtualPath, Integer> modes = new ConcurrentHashMap<>();

  CapabilityFileSystem(VirtualFileSystem delegate, Set<Capability> capabilities) {
    super(delegate);
    // A writable backend whose optional capabilities each test chooses.
    EnumSet<Capability> offered = EnumSet.of(Capability.WRITE);
    offered.addAll(capabilities);
    this.capabilities = Set.copyOf(offered);
  }

  @Override
  public Set<Capability> capabilities() {
    return capabilities;
  }

  @Override
  public FileAttributes stat(VirtualPath path) throws IOException {
    FileAttributes attributes = super.stat(path);
    Integer mode = modes.get(path);
    return mode == null ? attributes : attributes.toBuilder().mode(mode).build();
  }

  @Override
  public void setPermissions(VirtualPath path, int mode) throws IOException {
    require(Capability.UNIX_PERMISSIONS, path);
    stat(path);
    modes.put(path, mode);
  }

  @Override
  public void createDirectory(VirtualPath directory) throws IOException {
    require(Capability.DIRECTORIES, directory);
    super.createDirectory(directory);
  }

  @Override
  public void deleteDirectory(VirtualPath directory) throws IOException {
    require(Capability.DIRECTORIES, directory);
    super.deleteDirectory(directory);
  }

  @Override
  public void setModifiedTime(VirtualPath path, Instant modified) throws IOException {
    require(Capability.SET_MODIFIED_TIME, path);
    super.setModifiedTime(path, modified);
  }

  @Override
  public void setCreationTime(VirtualPath path, Instant created) throws IOException {
    require(Capability.SET_CREATION_TIME, path);
    super.setCreationTime(path, created);
  }

  @Override
  public long availableSpace(VirtualPath directory) throws IOException {
    require(Capability.AVAILABLE_SPACE, directory);
    return super.availableSpace(directory);
  }

  @Override
  public Set<String> checksumAlgorithms() {
    return capabilities.contains(Capability.CHECKSUMS) ? super.checksumAlgorithms() : Set.of();
  }

  @Override
  public void rename(VirtualPath source, VirtualPath target) throws IOException {
    if (!capabilities.contains(Capability.RENAME_DIRECTORY) && super.stat(source).isDirectory()) {
      throw new VfsException(VfsException.Kind.UNSUPPORTED, source);
    }
    super.rename(source, target);
  }

  /** Creates directories through the real backend, whatever this one declares. */
  void mkdir(String path) throws IOException {
    delegate().createDirectory(VirtualPath.of(path));
  }

  private void require(Capability capability, VirtualPath path) throws VfsException {
    if (!capabilities.contains(capability)) {
      throw new VfsException(VfsException.Kind.UNSUPPORTED, path);
    }
  }
}
