package dev.ferry.examples.zipstorage;

import static dev.ferry.examples.zipstorage.ZipFileSystemTest.assertFails;
import static dev.ferry.examples.zipstorage.ZipFileSystemTest.listTypes;
import static dev.ferry.examples.zipstorage.ZipFileSystemTest.path;
import static dev.ferry.examples.zipstorage.ZipFileSystemTest.readAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.vfs.FileType;
import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsException.Kind;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Archives made to attack or confuse whoever serves them. */
class HostileArchiveTest {
  static final byte[] SAFE = bytes("safe");
  static final byte[] EVIL = bytes("evil");

  @TempDir Path tmp;

  /** Zip-slip names, and every other name that is not a plain relative path. */
  @ParameterizedTest
  @ValueSource(strings = {
      "../evil.txt", "../../etc/passwd", "a/../../evil.txt", "a/../evil.txt", "/etc/passwd",
      "/evil.txt", "./evil.txt", "a/./evil.txt", "a//evil.txt", "a\\..\\..\\evil.txt",
      "\\evil.txt", "..", ".", "/", "a/\u0001evil.txt", "a/..", "a/../"})
  void entriesThatAreNotPlainRelativePathsAreNotServed(String name) throws IOException {
    Path zip = TestZips.builder().file("a/safe.txt", SAFE).file(name, EVIL).writeTo(archive());
    try (VirtualFileSystem fs = open(zip)) {
      assertEquals(Map.of("a", FileType.DIRECTORY), listTypes(fs, "/"));
      assertEquals(Map.of("safe.txt", FileType.FILE), listTypes(fs, "/a"));
      for (String probe : new String[] {"/evil.txt", "/etc/passwd", "/a/evil.txt", "/etc"}) {
        assertFails(Kind.NOT_FOUND, probe, () -> fs.stat(path(probe)));
      }
    }
  }

  @Test
  void backslashesAreSeparators() throws IOException {
    Path zip = TestZips.builder()
        .file("win\\dir\\file.txt", SAFE)
        .dir("win\\empty\\", ZipFileSystemTest.EMPTY_TIME)
        .writeTo(archive());
    try (VirtualFileSystem fs = open(zip)) {
      assertEquals(Map.of("dir", FileType.DIRECTORY, "empty", FileType.DIRECTORY),
          listTypes(fs, "/win"));
      assertEquals(Map.of("file.txt", FileType.FILE), listTypes(fs, "/win/dir"));
      assertEquals(SAFE.length, fs.stat(path("/win/dir/file.txt")).size());
      assertArrayEquals(SAFE, readAll(fs, "/win/dir/file.txt", 0));
      assertEquals(ZipFileSystemTest.EMPTY_TIME.toInstant(), fs.stat(path("/win/empty")).modified());
    }
  }

  @Test
  void twoEntriesWithTheSameNameAreRefused() throws IOException {
    byte[] zip = TestZips.builder().file("dup-1", SAFE).file("dup-2", EVIL).toBytes();
    assertAmbiguous(TestZips.rename(zip, "dup-2", "dup-1"), "dup-1");
  }

  @Test
  void twoSpellingsOfOneNameAreRefused() throws IOException {
    byte[] zip = TestZips.builder().file("a/b.txt", SAFE).file("a\\b.txt", EVIL).toBytes();
    assertAmbiguous(zip, "a/b.txt");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a/", "a/b.txt", "a\\b.txt"})
  void aNameThatIsBothFileAndDirectoryIsRefused(String other) throws IOException {
    byte[] zip = TestZips.builder().file("a", SAFE).file(other, EVIL).toBytes();
    assertAmbiguous(zip, "\"a\" is both a file and a directory");
  }

  @Test
  void aDirectoryNamedTwiceIsHarmless() throws IOException {
    Path zip = TestZips.builder()
        .dir("d/", ZipFileSystemTest.EMPTY_TIME)
        .dir("d\\", ZipFileSystemTest.README_TIME)
        .file("d/f", SAFE)
        .writeTo(archive());
    try (VirtualFileSystem fs = open(zip)) {
      assertEquals(Map.of("d", FileType.DIRECTORY), listTypes(fs, "/"));
      assertEquals(ZipFileSystemTest.EMPTY_TIME.toInstant(), fs.stat(path("/d")).modified());
    }
  }

  @Test
  void aBombIsStreamedNotAllocated() throws IOException {
    int size = 64 << 20; // 64 MiB of zeros deflate to about 64 KiB
    Path zip = TestZips.builder().file("bomb", new byte[size]).writeTo(archive());
    assertTrue(Files.size(zip) < size / 500, "a real bomb: " + Files.size(zip));
    try (VirtualFileSystem fs = open(zip)) {
      assertEquals(size, fs.stat(path("/bomb")).size());
      assertArrayEquals(new byte[16], readAll(fs, "/bomb", size - 16));
    }
  }

  @Test
  void dataLongerThanDeclaredIsNotServed() throws IOException {
    byte[] zip = TestZips.builder().file("liar", new byte[1 << 20]).toBytes();
    byte[] patched = TestZips.patchCentral(zip, "liar", TestZips.CEN_SIZE, 10);
    try (VirtualFileSystem fs = open(write(patched))) {
      assertEquals(10, fs.stat(path("/liar")).size());
      try (ReadableByteChannel channel = fs.openRead(path("/liar"), 0)) {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        assertEquals(10, channel.read(buffer), "exactly what was declared");
        ZipException e = assertThrows(ZipException.class, () -> channel.read(buffer));
        assertEquals("/liar: archive entry is longer than its declared size of 10 bytes",
            e.getMessage());
        assertThrows(ZipException.class, () -> channel.read(buffer), "and it stays failed");
      }
    }
  }

  @Test
  void aHugeClaimedSizeIsNeitherTrustedNorAllocated() throws IOException {
    long claimed = 0xFFFF_FFF0L; // close to 4 GiB, for 1 KiB of data
    byte[] zip = TestZips.builder().file("liar", SAFE).toBytes();
    byte[] patched = TestZips.patchCentral(zip, "liar", TestZips.CEN_SIZE, claimed);
    try (VirtualFileSystem fs = open(write(patched))) {
      assertEquals(claimed, fs.stat(path("/liar")).size());
      ZipException e = assertThrows(ZipException.class, () -> readAll(fs, "/liar", 0));
      assertTrue(e.getMessage().contains("shorter than its declared size"), e.getMessage());
      assertThrows(ZipException.class, () -> readAll(fs, "/liar", claimed - 1));
    }
  }

  @Test
  void aStoredEntryShorterThanDeclaredFailsWhenSkippedInto() throws IOException {
    byte[] zip = TestZips.builder().stored("short", TestZips.pattern(100)).toBytes();
    byte[] patched = TestZips.patchCentral(zip, "short", TestZips.CEN_SIZE, 1000);
    patched = TestZips.patchCentral(patched, "short", TestZips.CEN_COMPRESSED_SIZE, 1000);
    Path file = write(patched);
    try (VirtualFileSystem fs = open(file)) {
      // The claimed compressed size reaches past the entry's data into the headers after it.
      assertThrows(ZipException.class, () -> readAll(fs, "/short", 0));
      assertThrows(ZipException.class, () -> readAll(fs, "/short", 500));
    } catch (ZipException refusedAtOpen) {
      // A JDK that checks sizes against the file when it opens the archive refuses it: also safe.
      assertTrue(refusedAtOpen.getMessage().contains("invalid"), refusedAtOpen.getMessage());
    }
  }

  @Test
  void aWrongChecksumFailsTheReadThatSawEveryByte() throws IOException {
    byte[] stored = TestZips.pattern(1000);
    byte[] zip = TestZips.builder().file("bad", SAFE).stored("bad-stored", stored).toBytes();
    byte[] patched = TestZips.patchCentral(zip, "bad", TestZips.CEN_CRC, 12345);
    patched = TestZips.patchCentral(patched, "bad-stored", TestZips.CEN_CRC, 12345);
    try (VirtualFileSystem fs = open(write(patched))) {
      ZipException e = assertThrows(ZipException.class, () -> readAll(fs, "/bad", 0));
      assertEquals("/bad: archive entry fails its CRC-32 check", e.getMessage());
      assertThrows(ZipException.class, () -> readAll(fs, "/bad", 2), "inflated through the CRC");
      assertThrows(ZipException.class, () -> readAll(fs, "/bad-stored", 0));
      // Skipping into a stored entry does not read the skipped bytes: nothing to check them by.
      assertArrayEquals(Arrays.copyOfRange(stored, 10, 1000), readAll(fs, "/bad-stored", 10));
    }
  }

  @Test
  void tooManyEntriesAreRefusedBeforeTheyAreIndexed() throws IOException {
    TestZips many = TestZips.builder();
    for (int i = 0; i < 11; i++) {
      many.file("f" + i, SAFE);
    }
    Path zip = many.writeTo(archive());
    VfsConfig config = VfsConfig.of(Map.of("archive", zip.toString(), "max-entries", "10"));
    ZipException e = assertThrows(ZipException.class,
        () -> new ZipStorageProvider().open(config).close());
    assertEquals("archive has 11 entries, more than the 10 allowed (setting \"max-entries\")",
        e.getMessage());
    new ZipStorageProvider().open(config.with("max-entries", "11")).close();
  }

  @Test
  void namesThatAreNotUtf8FailTheOpen() throws IOException {
    Path zip = archive();
    try (ZipOutputStream out =
        new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.ISO_8859_1)) {
      out.putNextEntry(new ZipEntry("caf\u00e9.txt")); // one byte 0xE9: not UTF-8
      out.closeEntry();
    }
    assertThrows(ZipException.class, () -> open(zip).close());
  }

  private void assertAmbiguous(byte[] zip, String detail) throws IOException {
    Path file = write(zip);
    ZipException e = assertThrows(ZipException.class, () -> open(file).close());
    assertTrue(e.getMessage().startsWith("archive is ambiguous: "), e.getMessage());
    assertTrue(e.getMessage().contains(detail), e.getMessage());
  }

  private Path archive() {
    return tmp.resolve("hostile.zip");
  }

  private Path write(byte[] zip) throws IOException {
    return Files.write(archive(), zip);
  }

  private static VirtualFileSystem open(Path zip) throws IOException {
    return ZipFileSystemTest.open(zip);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
