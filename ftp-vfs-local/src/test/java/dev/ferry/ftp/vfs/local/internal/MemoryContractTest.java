package dev.ferry.ftp.vfs.local.internal;

import dev.ferry.ftp.testkit.vfs.VirtualFileSystemContract;
import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsProviders;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;

/** The {@code memory} backend keeps the contract; its large file and directory are smaller (they live in the heap). */
class MemoryContractTest extends VirtualFileSystemContract {
  @Override
  protected VirtualFileSystem createFileSystem() throws IOException {
    return VfsProviders.open("memory", VfsConfig.empty());
  }

  @Override
  protected Set<Capability> expectedCapabilities() {
    return EnumSet.complementOf(EnumSet.of(Capability.UNIX_PERMISSIONS, Capability.SYMLINKS));
  }

  @Override
  protected boolean readsSurviveDelete() {
    return true;
  }

  @Override
  protected long largeFileBytes() {
    return Math.min(super.largeFileBytes(), 256L << 20);
  }

  /** Everything is in memory anyway; enough entries to show the cursor does not copy them. */
  @Override
  protected int largeDirectoryEntries() {
    return Math.min(super.largeDirectoryEntries(), 20_000);
  }
}
