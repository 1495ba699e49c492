package dev.ferry.ftp.vfs.local.internal;

import dev.ferry.ftp.testkit.vfs.Fixture;
import dev.ferry.ftp.testkit.vfs.VirtualFileSystemContract;
import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsProviders;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualFileSystems;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * A read-only view keeps the contract of a read-only backend: the fixture is written into a
 * {@code memory} backend, which the owning view then serves (and closes).
 */
class ReadOnlyContractTest extends VirtualFileSystemContract {
  @Override
  protected VirtualFileSystem createFileSystem(Fixture fixture) throws IOException {
    VirtualFileSystem memory = VfsProviders.open("memory", VfsConfig.empty());
    try {
      writeFixture(memory, fixture);
    } catch (IOException | RuntimeException e) {
      memory.close();
      throw e;
    }
    return VirtualFileSystems.readOnlyOwning(memory);
  }

  @Override
  protected Set<Capability> expectedCapabilities() {
    return EnumSet.of(Capability.APPEND, Capability.WRITE_AT_OFFSET, Capability.ATOMIC_RENAME,
        Capability.RENAME_DIRECTORY, Capability.SET_MODIFIED_TIME, Capability.SET_CREATION_TIME,
        Capability.DIRECTORIES, Capability.CHECKSUMS, Capability.AVAILABLE_SPACE);
  }

  @Override
  protected long largeFileBytes() {
    return Math.min(super.largeFileBytes(), 64L << 20);
  }

  @Override
  protected int largeDirectoryEntries() {
    return Math.min(super.largeDirectoryEntries(), 20_000);
  }
}
