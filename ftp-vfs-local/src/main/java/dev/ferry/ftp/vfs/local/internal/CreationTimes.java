package dev.ferry.ftp.vfs.local.internal;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a disk keeps a creation time it is given. The JDK ignores the creation time on Linux
 * (there is no system call to set a birth time) but sets it on Windows and macOS, and some file
 * systems report none at all: the only honest answer is to try. The probe runs once per file
 * store, on a hidden upload-temporary name in the root, and a root that cannot be written to
 * counts as "no".
 */
final class CreationTimes {
  private static final FileTime PROBE_TIME = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));
  private static final Map<FileStore, Boolean> SETTABLE = new ConcurrentHashMap<>();

  private CreationTimes() {}

  /**
   * Tells whether creation times set below {@code root} are kept.
   *
   * @param root an existing directory
   * @return whether setting and reading back a creation time works there
   */
  static boolean settable(Path root) {
    FileStore store;
    try {
      store = Files.getFileStore(root);
    } catch (IOException e) {
      return false;
    }
    Boolean known = SETTABLE.get(store);
    if (known != null) {
      return known;
    }
    // Not computeIfAbsent: it would hold a lock around file I/O. Two first probes may race;
    // they reach the same answer.
    boolean settable = probe(root);
    SETTABLE.putIfAbsent(store, settable);
    return settable;
  }

  private static boolean probe(Path root) {
    Path probe = null;
    try {
      probe = Files.createTempFile(root, NioFileSystem.TEMP_PREFIX, ".probe");
      Files.getFileAttributeView(probe, BasicFileAttributeView.class)
          .setTimes(null, null, PROBE_TIME);
      return PROBE_TIME.equals(
          Files.readAttributes(probe, BasicFileAttributes.class).creationTime());
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    } finally {
      if (probe != null) {
        try {
          Files.deleteIfExists(probe);
        } catch (IOException e) {
          // A leftover is hidden from listings and its name reserved; nothing more to do.
        }
      }
    }
  }
}
