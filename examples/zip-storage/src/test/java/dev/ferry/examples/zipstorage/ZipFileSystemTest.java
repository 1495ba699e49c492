package dev.ferry.examples.zipstorage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.testkit.vfs.TrackingFileSystem;
import dev.ferry.ftp.vfs.DirectoryCursor;
import dev.ferry.ftp.vfs.DirectoryEntry;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.FileType;
import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VfsException.Kind;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import dev.ferry.ftp.vfs.WriteMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZipFileSystemTest {
  static final FileTime README_TIME = FileTime.from(Instant.parse("2024-03-01T10:15:30Z"));
  static final FileTime EMPTY_TIME = FileTime.from(Instant.parse("2023-12-24T18:00:00Z"));
  static final byte[] README = "Read me.\n".getBytes(StandardCharsets.UTF_8);
  static final byte[] STORED = TestZips.pattern(150_000);
  static final byte[] DEFLATED = TestZips.pattern(300_000);

  @TempDir Path tmp;
  Path archive;
  VirtualFileSystem backend;
  /** The backend as the tests use it: a leaked channel or cursor fails the test. */
  TrackingFileSystem fs;

  @BeforeEach
  void open() throws IOException {
    archive = TestZips.builder()
        .file("readme.txt", README, README_TIME)
        .file("docs/guide.md", README)
        .file("docs/img/logo.png", DEFLATED)
        .dir("empty/", EMPTY_TIME)
        .file("zero.bin", new byte[0])
        .stored("stored.bin", STORED)
        .file("deflated.bin", DEFLATED)
        .writeTo(tmp.resolve("test.zip"));
    backend = new ZipStorageProvider().open(VfsConfig.of(Map.of("archive", archive.toString())));
    fs = new TrackingFileSystem(backend);
  }

  @AfterEach
  void close() throws IOException {
    try {
      fs.checkNoOpenHandles();
    } finally {
      backend.close();
    }
  }

  @Test
  void declaresNoCapabilities() {
    assertEquals(Set.of(), fs.capabilities());
    assertEquals(Set.of(), fs.checksumAlgorithms());
  }

  @Test
  void statsFilesWithSizeTimesAndZipFacts() throws IOException {
    FileAttributes readme = fs.stat(path("/readme.txt"));
    assertEquals(FileType.FILE, readme.type());
    assertEquals(README.length, readme.size());
    assertEquals(README_TIME.toInstant(), readme.modified());
    assertEquals(String.format("%08x", crc(README)), readme.extras().get("zip.crc32"));
    assertTrue(Long.parseLong(readme.extras().get("zip.compressed-size")) > 0);
    assertEquals(0, fs.stat(path("/zero.bin")).size());
    assertEquals(STORED.length, fs.stat(path("/stored.bin")).size());
    assertEquals(Long.toString(STORED.length),
        fs.stat(path("/stored.bin")).extras().get("zip.compressed-size"));
  }

  @Test
  void dosTimeIsReadAsZipEntryReadsIt() throws IOException {
    // No extended timestamp: ZIP's DOS time (two-second steps, local time) is all there is.
    ZipEntry entry = new ZipEntry("dos.txt");
    long time = Instant.parse("2022-06-15T12:00:00Z").toEpochMilli();
    entry.setTime(time);
    Path dos = TestZips.builder().add(entry, README).writeTo(tmp.resolve("dos.zip"));
    try (VirtualFileSystem zip = open(dos)) {
      assertEquals(Instant.ofEpochMilli(time), zip.stat(path("/dos.txt")).modified());
    }
  }

  @Test
  void statsExplicitImpliedAndRootDirectories() throws IOException {
    Instant archiveTime = Files.getLastModifiedTime(archive).toInstant();
    assertEquals(dir(archiveTime), fs.stat(VirtualPath.ROOT));
    assertEquals(dir(EMPTY_TIME.toInstant()), fs.stat(path("/empty")));
    assertEquals(dir(archiveTime), fs.stat(path("/docs")), "implied: the archive's time");
    assertEquals(dir(archiveTime), fs.stat(path("/docs/img")));
  }

  @Test
  void statOfMissingEntriesIsNotFound() {
    assertFails(Kind.NOT_FOUND, "/nothing", () -> fs.stat(path("/nothing")));
    assertFails(Kind.NOT_FOUND, "/docs/nothing", () -> fs.stat(path("/docs/nothing")));
    assertFails(Kind.NOT_FOUND, "/readme.txt/below", () -> fs.stat(path("/readme.txt/below")));
    assertFails(Kind.NOT_FOUND, "/README.TXT", () -> fs.stat(path("/README.TXT")));
  }

  @Test
  void listsTheRootWithFilesAndDirectories() throws IOException {
    Map<String, FileType> root = listTypes("/");
    assertEquals(Map.of("readme.txt", FileType.FILE, "docs", FileType.DIRECTORY,
        "empty", FileType.DIRECTORY, "zero.bin", FileType.FILE, "stored.bin", FileType.FILE,
        "deflated.bin", FileType.FILE), root);
  }

  @Test
  void listsImpliedAndEmptyDirectories() throws IOException {
    assertEquals(Map.of("guide.md", FileType.FILE, "img", FileType.DIRECTORY), listTypes("/docs"));
    assertEquals(Map.of("logo.png", FileType.FILE), listTypes("/docs/img"));
    assertEquals(Map.of(), listTypes("/empty"));
  }

  @Test
  void listedAttributesMatchStat() throws IOException {
    try (DirectoryCursor cursor = fs.list(VirtualPath.ROOT)) {
      for (DirectoryEntry e = cursor.next(); e != null; e = cursor.next()) {
        assertEquals(fs.stat(VirtualPath.ROOT.child(e.name())), e.attributes(), e.name());
      }
    }
  }

  @Test
  void listingAFileOrNothingFails() {
    assertFails(Kind.NOT_A_DIRECTORY, "/readme.txt", () -> fs.list(path("/readme.txt")).close());
    assertFails(Kind.NOT_FOUND, "/nothing", () -> fs.list(path("/nothing")).close());
  }

  @Test
  void aClosedCursorRefusesToGoOn() throws IOException {
    DirectoryCursor cursor = backend.list(VirtualPath.ROOT);
    cursor.close();
    cursor.close();
    assertThrows(IOException.class, cursor::next);
  }

  @Test
  void readsWholeFiles() throws IOException {
    assertArrayEquals(README, read("/readme.txt", 0));
    assertArrayEquals(new byte[0], read("/zero.bin", 0));
    assertArrayEquals(STORED, read("/stored.bin", 0));
    assertArrayEquals(DEFLATED, read("/deflated.bin", 0));
    assertArrayEquals(DEFLATED, read("/docs/img/logo.png", 0));
  }

  @ParameterizedTest
  @CsvSource({
      "/stored.bin, 1", "/stored.bin, 65536", "/stored.bin, 149999", "/stored.bin, 150000",
      "/stored.bin, 9999999", "/deflated.bin, 1", "/deflated.bin, 70000",
      "/deflated.bin, 299999", "/deflated.bin, 300000", "/deflated.bin, 9223372036854775807"})
  void readsFromAnOffset(String file, long offset) throws IOException {
    byte[] whole = file.equals("/stored.bin") ? STORED : DEFLATED;
    int from = (int) Math.min(offset, whole.length);
    assertArrayEquals(Arrays.copyOfRange(whole, from, whole.length), read(file, offset));
  }

  @Test
  void readsIntoDirectAndFullBuffers() throws IOException {
    try (ReadableByteChannel channel = fs.openRead(path("/deflated.bin"), 10)) {
      assertEquals(0, channel.read(ByteBuffer.allocate(0)));
      ByteBuffer direct = ByteBuffer.allocateDirect(100);
      while (direct.hasRemaining()) {
        assertTrue(channel.read(direct) > 0);
      }
      byte[] got = new byte[100];
      direct.flip().get(got);
      assertArrayEquals(Arrays.copyOfRange(DEFLATED, 10, 110), got);
    }
  }

  @Test
  void aClosedChannelRefusesReads() throws IOException {
    ReadableByteChannel channel = backend.openRead(path("/readme.txt"), 0);
    assertTrue(channel.isOpen());
    channel.close();
    channel.close();
    assertFalse(channel.isOpen());
    assertThrows(ClosedChannelException.class, () -> channel.read(ByteBuffer.allocate(1)));
  }

  @Test
  void readingWhatIsNoFileFails() {
    assertFails(Kind.IS_A_DIRECTORY, "/docs", () -> fs.openRead(path("/docs"), 0).close());
    assertFails(Kind.IS_A_DIRECTORY, "/", () -> fs.openRead(VirtualPath.ROOT, 0).close());
    assertFails(Kind.NOT_FOUND, "/nothing", () -> fs.openRead(path("/nothing"), 0).close());
    assertThrows(IllegalArgumentException.class, () -> fs.openRead(path("/readme.txt"), -1));
  }

  @Test
  void uploadsAreDeniedAndOptionalModesUnsupported() {
    assertFails(Kind.PERMISSION_DENIED, "/new.txt",
        () -> fs.openWrite(path("/new.txt"), WriteMode.replace()));
    assertFails(Kind.PERMISSION_DENIED, "/readme.txt",
        () -> fs.openWrite(path("/readme.txt"), WriteMode.createNew()));
    assertFails(Kind.IS_A_DIRECTORY, "/docs", () -> fs.openWrite(path("/docs"), WriteMode.replace()));
    assertFails(Kind.UNSUPPORTED, "/readme.txt",
        () -> fs.openWrite(path("/readme.txt"), WriteMode.append()));
    assertFails(Kind.UNSUPPORTED, "/readme.txt",
        () -> fs.openWrite(path("/readme.txt"), WriteMode.at(3)));
  }

  @Test
  void deleteAndRenameAreDeniedAfterThePathsOwnErrors() {
    assertFails(Kind.PERMISSION_DENIED, "/readme.txt", () -> fs.delete(path("/readme.txt")));
    assertFails(Kind.IS_A_DIRECTORY, "/docs", () -> fs.delete(path("/docs")));
    assertFails(Kind.NOT_FOUND, "/nothing", () -> fs.delete(path("/nothing")));
    assertFails(Kind.PERMISSION_DENIED, "/readme.txt",
        () -> fs.rename(path("/readme.txt"), path("/other.txt")));
    assertFails(Kind.PERMISSION_DENIED, "/docs", () -> fs.rename(path("/docs"), path("/d2")));
    assertFails(Kind.PERMISSION_DENIED, "/", () -> fs.rename(VirtualPath.ROOT, path("/x")));
    assertFails(Kind.NOT_FOUND, "/nothing", () -> fs.rename(path("/nothing"), path("/x")));
  }

  @Test
  void undeclaredOperationsAreUnsupported() {
    assertFails(Kind.UNSUPPORTED, "/new", () -> fs.createDirectory(path("/new")));
    assertFails(Kind.UNSUPPORTED, "/empty", () -> fs.deleteDirectory(path("/empty")));
    assertFails(Kind.UNSUPPORTED, "/readme.txt",
        () -> fs.setModifiedTime(path("/readme.txt"), Instant.EPOCH));
    assertFails(Kind.UNSUPPORTED, "/readme.txt", () -> fs.setPermissions(path("/readme.txt"), 0644));
    assertFails(Kind.UNSUPPORTED, "/readme.txt",
        () -> fs.checksum(path("/readme.txt"), "CRC32", 0, Long.MAX_VALUE));
  }

  @Test
  void refusedOperationsChangeNothing() throws IOException {
    long before = Files.size(archive);
    assertThrows(IOException.class, () -> fs.openWrite(path("/readme.txt"), WriteMode.replace()));
    assertThrows(IOException.class, () -> fs.delete(path("/readme.txt")));
    assertArrayEquals(README, read("/readme.txt", 0));
    assertEquals(before, Files.size(archive));
  }

  @Test
  void concurrentReadersSeeTheirOwnData() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> reads = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String file = i % 2 == 0 ? "/stored.bin" : "/deflated.bin";
        long offset = i * 1000L;
        reads.add(pool.submit(() -> read(file, offset)));
      }
      for (int i = 0; i < 16; i++) {
        byte[] whole = i % 2 == 0 ? STORED : DEFLATED;
        assertArrayEquals(Arrays.copyOfRange(whole, i * 1000, whole.length), reads.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void afterCloseEverythingFails() throws IOException {
    ReadableByteChannel open = fs.openRead(path("/deflated.bin"), 0);
    DirectoryCursor cursor = fs.list(VirtualPath.ROOT);
    backend.close();
    backend.close();
    assertThrows(IOException.class, () -> open.read(ByteBuffer.allocate(10)));
    assertThrows(IOException.class, cursor::next);
    assertThrows(IOException.class, () -> fs.stat(VirtualPath.ROOT));
    assertThrows(IOException.class, () -> fs.list(VirtualPath.ROOT));
    assertThrows(IOException.class, () -> fs.openRead(path("/readme.txt"), 0));
    assertThrows(IOException.class, () -> fs.openWrite(path("/x"), WriteMode.replace()));
    assertThrows(IOException.class, () -> fs.delete(path("/readme.txt")));
    assertThrows(IOException.class, () -> fs.rename(path("/readme.txt"), path("/x")));
    open.close();
    cursor.close();
  }

  @Test
  void listsAHundredThousandEntriesAsAStream() throws IOException {
    int count = 100_000;
    TestZips big = TestZips.builder();
    for (int i = 0; i < count; i++) {
      big.stored(String.format("many/f%07d", i), new byte[0]);
    }
    try (VirtualFileSystem zip = open(big.writeTo(tmp.resolve("many.zip")));
        DirectoryCursor cursor = zip.list(path("/many"))) {
      BitSet seen = new BitSet(count);
      for (DirectoryEntry e = cursor.next(); e != null; e = cursor.next()) {
        int i = Integer.parseInt(e.name().substring(1));
        assertFalse(seen.get(i), "listed twice: " + e.name());
        seen.set(i);
      }
      assertEquals(count, seen.cardinality());
      assertNull(cursor.next());
    }
  }

  static VirtualPath path(String p) {
    return VirtualPath.of(p);
  }

  static FileAttributes dir(Instant modified) {
    return FileAttributes.builder(FileType.DIRECTORY).modified(modified).build();
  }

  static long crc(byte[] content) {
    CRC32 crc = new CRC32();
    crc.update(content);
    return crc.getValue();
  }

  static VirtualFileSystem open(Path archive) throws IOException {
    return new ZipStorageProvider().open(VfsConfig.of(Map.of("archive", archive.toString())));
  }

  static void assertFails(Kind kind, String path, Executable operation) {
    VfsException e = assertThrows(VfsException.class, operation);
    assertEquals(kind, e.kind(), e.getMessage());
    assertEquals(path, e.path().toString());
  }

  byte[] read(String file, long offset) throws IOException {
    return readAll(fs, file, offset);
  }

  static byte[] readAll(VirtualFileSystem fs, String file, long offset) throws IOException {
    try (ReadableByteChannel channel = fs.openRead(path(file), offset)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteBuffer buffer = ByteBuffer.allocate(8192);
      while (channel.read(buffer) >= 0) {
        out.write(buffer.array(), 0, buffer.position());
        buffer.clear();
      }
      return out.toByteArray();
    }
  }

  Map<String, FileType> listTypes(String directory) throws IOException {
    return listTypes(fs, directory);
  }

  static Map<String, FileType> listTypes(VirtualFileSystem fs, String directory)
      throws IOException {
    Map<String, FileType> result = new TreeMap<>();
    try (DirectoryCursor cursor = fs.list(path(directory))) {
      for (DirectoryEntry e = cursor.next(); e != null; e = cursor.next()) {
        assertNull(result.put(e.name(), e.attributes().type()), "listed twice: " + e.name());
      }
    }
    return result;
  }
}
