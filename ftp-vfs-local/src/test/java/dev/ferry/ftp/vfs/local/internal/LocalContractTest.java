package dev.ferry.ftp.vfs.local.internal;

import dev.ferry.ftp.testkit.vfs.VirtualFileSystemContract;
import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsProviders;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;

/** The {@code local} backend keeps the contract, on a real disk, with a 1 GiB file. */
class LocalContractTest extends VirtualFileSystemContract {
  @TempDir Path root;

  @Override
  protected VirtualFileSystem createFileSystem() throws IOException {
    return VfsProviders.open("local", VfsConfig.of(Map.of("root", root.toString())));
  }

  @Override
  protected Set<Capability> expectedCapabilities() {
    // Creation times: settable on Windows and macOS, not on Linux (the JDK has no call for it).
    Set<Capability> all = EnumSet.allOf(Capability.class);
    if (!CreationTimes.settable(root)) {
      all.remove(Capability.SET_CREATION_TIME);
    }
    return all;
  }

  @Override
  protected boolean readsSurviveDelete() {
    return true;
  }

  /** Straight on disk: a third of the system calls of uploads, same entries. */
  @Override
  protected void createManyFiles(VirtualPath directory, int count) throws IOException {
    Path dir = root.resolve(directory.toString().substring(1));
    for (int i = 0; i < count; i++) {
      Files.createFile(dir.resolve(manyFilesName(i)));
    }
  }
}
