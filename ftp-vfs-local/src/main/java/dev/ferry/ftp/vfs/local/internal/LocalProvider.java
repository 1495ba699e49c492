package dev.ferry.ftp.vfs.local.internal;

import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsConfigException;
import dev.ferry.ftp.vfs.VfsProvider;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code local} scheme: a directory on disk. Settings: {@code root} (required, an existing
 * directory), {@code atomic-upload} (default true), {@code fsync} (default false), {@code
 * follow-links} (default false: every symbolic link is refused; when true, links whose target
 * lies inside the root are followed).
 */
public final class LocalProvider implements VfsProvider {
  static final List<String> KEYS = List.of("root", "atomic-upload", "fsync", "follow-links");

  /** Creates the provider; it holds nothing. */
  public LocalProvider() {}

  @Override
  public String scheme() {
    return "local";
  }

  @Override
  public VirtualFileSystem open(VfsConfig config) throws IOException {
    config.requireOnly(KEYS);
    Path configured = config.path("root");
    if (!Files.isDirectory(configured)) {
      throw new VfsConfigException("root",
          "setting \"root\" is not an existing directory: \"" + configured + "\"");
    }
    Path root = configured.toRealPath();
    NioOptions options = new NioOptions(config.bool("atomic-upload", true),
        config.bool("fsync", false), config.bool("follow-links", false));
    boolean secure;
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(root)) {
      secure = stream instanceof SecureDirectoryStream;
    }
    Set<String> views = root.getFileSystem().supportedFileAttributeViews();
    boolean posix = views.contains("posix");
    Set<Capability> capabilities = EnumSet.of(Capability.WRITE, Capability.APPEND,
        Capability.WRITE_AT_OFFSET, Capability.ATOMIC_RENAME, Capability.RENAME_DIRECTORY,
        Capability.SET_MODIFIED_TIME, Capability.DIRECTORIES, Capability.CHECKSUMS,
        Capability.SYMLINKS, Capability.AVAILABLE_SPACE);
    if (posix) {
      capabilities.add(Capability.UNIX_PERMISSIONS);
    }
    if (CreationTimes.settable(root)) {
      capabilities.add(Capability.SET_CREATION_TIME);
    }
    Walker walker = new Walker(root, secure, posix, views.contains("unix"),
        options.followLinks());
    return new NioFileSystem(walker, options, capabilities, () -> {}, "local:" + root);
  }
}
