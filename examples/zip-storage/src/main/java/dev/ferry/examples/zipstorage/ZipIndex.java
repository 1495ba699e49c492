package dev.ferry.examples.zipstorage;

import java.time.Instant;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * What one pass over the central directory learns when the archive is opened: which directories
 * exist (named by an entry of their own, or implied by an entry below them) and which files are
 * stored under a name other than their canonical one. File entries stay in the {@link ZipFile},
 * which holds the central directory anyway, so the index costs memory for directories only.
 *
 * <p>The pass refuses ambiguous archives: two files under one name, or one name that is both a
 * file and a directory. ZIP tools disagree on which of two such entries wins, so serving either
 * would let an archive show one content to its author's tools and another through Ferry.
 *
 * <p>Immutable after {@link #scan}, so safe to share between threads.
 */
final class ZipIndex {
  private final Map<String, Instant> directories;
  private final Map<String, String> aliases;
  private final int skipped;

  private ZipIndex(Map<String, Instant> directories, Map<String, String> aliases, int skipped) {
    this.directories = directories;
    this.aliases = aliases;
    this.skipped = skipped;
  }

  /**
   * Scans the archive's entries.
   *
   * @param zip the open archive
   * @param archiveTime the archive file's modification time, for the root and implied directories
   * @param maxEntries the most entries accepted; checked before anything is allocated per entry
   * @throws ZipException if the archive has too many entries or is ambiguous
   */
  static ZipIndex scan(ZipFile zip, Instant archiveTime, int maxEntries) throws ZipException {
    if (zip.size() > maxEntries) {
      throw new ZipException("archive has " + zip.size() + " entries, more than the "
          + maxEntries + " allowed (setting \"max-entries\")");
    }
    Set<String> files = new HashSet<>();
    Set<String> named = new HashSet<>();
    Map<String, Instant> directories = new HashMap<>();
    Map<String, String> aliases = new HashMap<>();
    directories.put("", archiveTime);
    int skipped = 0;
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      String name = Entries.name(entry);
      if (name == null) {
        skipped++;
        continue;
      }
      if (Entries.isDirectory(entry)) {
        // A directory named twice is harmless (it has no content to disagree about): first wins.
        if (named.add(name)) {
          directories.put(name, Entries.modified(entry, archiveTime));
        }
      } else {
        if (!files.add(name)) {
          throw new ZipException("archive is ambiguous: more than one entry for \"" + name + "\"");
        }
        if (!entry.getName().equals(name)) {
          aliases.put(name, entry.getName());
        }
      }
      addParents(directories, name, archiveTime);
    }
    for (String file : files) {
      if (directories.containsKey(file)) {
        throw new ZipException(
            "archive is ambiguous: \"" + file + "\" is both a file and a directory");
      }
    }
    return new ZipIndex(directories, aliases, skipped);
  }

  /** Returns the modification time of a directory, or {@code null} if {@code name} is none. */
  Instant directoryTime(String name) {
    return directories.get(name);
  }

  /** Returns the file entry served under {@code name}, or {@code null} if there is none. */
  ZipEntry file(ZipFile zip, String name) {
    ZipEntry entry = zip.getEntry(aliases.getOrDefault(name, name));
    // getEntry("a") also finds a directory entry "a/", and must not find an entry scan() skipped.
    return entry != null && !Entries.isDirectory(entry) && name.equals(Entries.name(entry))
        ? entry : null;
  }

  /** Returns how many entries the scan skipped because their names were not canonical. */
  int skipped() {
    return skipped;
  }

  private static void addParents(Map<String, Instant> directories, String name, Instant time) {
    for (int slash = name.lastIndexOf('/'); slash > 0; slash = name.lastIndexOf('/', slash - 1)) {
      // Every directory in the map has its parents there too: stop at the first one known.
      if (directories.putIfAbsent(name.substring(0, slash), time) != null) {
        return;
      }
    }
  }
}
