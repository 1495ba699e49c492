package dev.ferry.examples.zipstorage;

import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsConfigException;
import dev.ferry.ftp.vfs.VfsProvider;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code zip} scheme: a read-only file system over the entries of a ZIP archive.
 *
 * <p>Settings: {@code archive} (required, an existing {@code .zip} file) and {@code max-entries}
 * (default {@value #DEFAULT_MAX_ENTRIES}). Public only because {@link java.util.ServiceLoader}
 * needs a public class for {@code META-INF/services}; its package is not exported.
 */
public final class ZipStorageProvider implements VfsProvider {
  static final String ARCHIVE = "archive";
  static final String MAX_ENTRIES = "max-entries";
  static final int DEFAULT_MAX_ENTRIES = 1_000_000;

  /** Creates the provider. It holds nothing: the archive belongs to the file system it opens. */
  public ZipStorageProvider() {}

  @Override
  public String scheme() {
    return "zip";
  }

  @Override
  public VirtualFileSystem open(VfsConfig config) throws IOException {
    config.requireOnly(List.of(ARCHIVE, MAX_ENTRIES));
    Path archive = config.path(ARCHIVE);
    int maxEntries = config.intValue(MAX_ENTRIES, DEFAULT_MAX_ENTRIES);
    if (maxEntries < 1) {
      throw new VfsConfigException(MAX_ENTRIES, "invalid value for \"" + MAX_ENTRIES + "\": \""
          + maxEntries + "\" (expected a positive whole number)");
    }
    if (!Files.isRegularFile(archive)) {
      throw new VfsConfigException(ARCHIVE,
          "setting \"" + ARCHIVE + "\" is not an existing file: \"" + archive + "\"");
    }
    return ZipFileSystem.open(archive, maxEntries);
  }
}
