package dev.ferry.ftp.vfs.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.ftp.vfs.DirectoryCursor;
import dev.ferry.ftp.vfs.DirectoryEntry;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsProviders;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The listing's one-stat fast path ({@link Walker#listedOrNull}) reports what {@code stat} and
 * raw NIO report, link counts and owner names included.
 */
class ListingAttributesTest {
  @TempDir Path root;

  @BeforeEach
  void unixOnly() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"));
  }

  @Test
  void listedAttributesEqualStat() throws IOException {
    Files.writeString(root.resolve("f"), "12345");
    Files.createLink(root.resolve("link2"), root.resolve("f"));
    Files.createDirectories(root.resolve("d/sub"));
    Files.createSymbolicLink(root.resolve("sym"), root.resolve("f"));
    try (VirtualFileSystem fs =
        VfsProviders.open("local", VfsConfig.of(Map.of("root", root.toString())))) {
      Map<String, FileAttributes> listed = new TreeMap<>();
      try (DirectoryCursor cursor = fs.list(VirtualPath.ROOT)) {
        for (DirectoryEntry e = cursor.next(); e != null; e = cursor.next()) {
          listed.put(e.name(), e.attributes());
        }
      }
      assertEquals(4, listed.size());
      for (var e : listed.entrySet()) {
        FileAttributes stat = fs.stat(VirtualPath.ROOT.child(e.getKey()));
        assertEquals(stat, e.getValue(), e.getKey());
        PosixFileAttributes nio = Files.readAttributes(root.resolve(e.getKey()),
            PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        assertEquals(nio.owner().getName(), e.getValue().owner().orElseThrow());
        assertEquals(nio.group().getName(), e.getValue().group().orElseThrow());
        assertEquals(Modes.toMode(nio.permissions()), e.getValue().mode().orElseThrow());
      }
      assertEquals(2, listed.get("f").linkCount());
      assertEquals(2, listed.get("link2").linkCount());
      assertEquals(((Number) Files.getAttribute(root.resolve("d"), "unix:nlink")).longValue(),
          listed.get("d").linkCount());
    }
  }

  @Test
  void ownerNamesAreLookedUpOncePerId() throws IOException {
    Path file = Files.writeString(root.resolve("f"), "x");
    Map<String, Object> ids = Files.readAttributes(file, "unix:uid,gid", LinkOption.NOFOLLOW_LINKS);
    int uid = (Integer) ids.get("uid");
    int gid = (Integer) ids.get("gid");
    PosixFileAttributes nio =
        Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    OwnerNames names = new OwnerNames();
    assertEquals(nio.owner().getName(), names.owner(uid, file));
    Files.delete(file);
    // Remembered: no second lookup, which would now fail.
    assertEquals(nio.owner().getName(), names.owner(uid, file));
    assertEquals(nio.group().getName(), names.group(gid, file));
  }

  @Test
  void anIdThatChangedMeanwhileShowsAsANumber() throws IOException {
    Path file = Files.writeString(root.resolve("f"), "x");
    int uid = (Integer) Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    int gid = (Integer) Files.getAttribute(file, "unix:gid", LinkOption.NOFOLLOW_LINKS);
    OwnerNames names = new OwnerNames();
    assertEquals(Integer.toString(uid + 1), names.owner(uid + 1, file));
    assertEquals(Integer.toString(gid + 1), names.group(gid + 1, file));
  }

  @ParameterizedTest
  @CsvSource({
      "'(dev=803,ino=12)', dev.803.ino.12",
      "'((dev=8 ino=1))', dev.8.ino.1",
      "abc, abc",
      "'--', ''"})
  void uniqueIdKeepsLettersAndDigits(String fileKey, String id) {
    assertEquals(id, Walker.uniqueId(fileKey));
  }
}
