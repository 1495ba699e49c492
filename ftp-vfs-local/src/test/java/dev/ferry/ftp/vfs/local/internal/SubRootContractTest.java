package dev.ferry.ftp.vfs.local.internal;

import dev.ferry.ftp.testkit.vfs.VirtualFileSystemContract;
import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsProviders;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualFileSystems;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;

/** A sub-root view keeps the whole contract: the user's home behaves like a file system. */
class SubRootContractTest extends VirtualFileSystemContract {
  private VirtualFileSystem backing;

  @Override
  protected VirtualFileSystem createFileSystem() throws IOException {
    backing = VfsProviders.open("memory", VfsConfig.empty());
    backing.createDirectory(VirtualPath.of("/home"));
    backing.createDirectory(VirtualPath.of("/home/ann"));
    return VirtualFileSystems.subRoot(backing, VirtualPath.of("/home/ann"));
  }

  @Override
  protected void destroyFileSystem(VirtualFileSystem fileSystem) throws IOException {
    fileSystem.close();
    backing.close();
  }

  @Override
  protected boolean readsSurviveDelete() {
    return true;
  }

  @Override
  protected long largeFileBytes() {
    return Math.min(super.largeFileBytes(), 32L << 20);
  }

  @Override
  protected int largeDirectoryEntries() {
    return Math.min(super.largeDirectoryEntries(), 5_000);
  }
}
