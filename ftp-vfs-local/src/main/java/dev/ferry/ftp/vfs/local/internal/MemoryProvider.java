package dev.ferry.ftp.vfs.local.internal;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsProvider;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import java.nio.file.FileSystem;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code memory} scheme: a private in-memory file system (Jimfs, unix flavour) that lives as
 * long as the opened instance. Settings: {@code max-size} (default unlimited: a byte size, e.g.
 * {@code 64MiB}; writing beyond it fails with NO_SPACE), {@code atomic-upload} (default true).
 */
public final class MemoryProvider implements VfsProvider {
  static final List<String> KEYS = List.of("max-size", "atomic-upload");
  private static final long UNLIMITED = 1L << 40;

  /** Creates the provider; it holds nothing. */
  public MemoryProvider() {}

  @Override
  public String scheme() {
    return "memory";
  }

  @Override
  public VirtualFileSystem open(VfsConfig config) {
    config.requireOnly(KEYS);
    // Jimfs counts blocks in an int: 1 TiB stands for "unlimited" (memory runs out long before).
    long maxSize = Math.min(config.byteSize("max-size", UNLIMITED), UNLIMITED);
    NioOptions options = new NioOptions(config.bool("atomic-upload", true), false, false);
    FileSystem jimfs = Jimfs.newFileSystem(
        Configuration.unix().toBuilder().setWorkingDirectory("/").setMaxSize(maxSize).build());
    // Nobody else can reach this file system, so path-based walking is race-free here.
    Walker walker = new Walker(jimfs.getPath("/"), false, false, false, false);
    Set<Capability> capabilities = EnumSet.of(Capability.WRITE, Capability.APPEND,
        Capability.WRITE_AT_OFFSET, Capability.ATOMIC_RENAME, Capability.RENAME_DIRECTORY,
        Capability.SET_MODIFIED_TIME, Capability.SET_CREATION_TIME, Capability.DIRECTORIES,
        Capability.CHECKSUMS, Capability.AVAILABLE_SPACE);
    return new NioFileSystem(walker, options, capabilities, jimfs, "memory:" + jimfs.hashCode());
  }
}
