package dev.ferry.ftp.testkit.vfs;

import static dev.ferry.ftp.vfs.VfsException.Kind.NOT_FOUND;
import static dev.ferry.ftp.vfs.VfsException.Kind.PERMISSION_DENIED;
import static dev.ferry.ftp.vfs.VfsException.Kind.UNSUPPORTED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.DirectoryCursor;
import dev.ferry.ftp.vfs.DirectoryEntry;
import dev.ferry.ftp.vfs.Upload;
import dev.ferry.ftp.vfs.VirtualPath;
import dev.ferry.ftp.vfs.WriteMode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The storage backend contract suite. A backend's test extends it in three lines:
 *
 * <pre>{@code
 * class MyBackendContractTest extends VirtualFileSystemContract {
 *   @Override protected VirtualFileSystem createFileSystem() throws IOException {
 *     return new MyProvider().open(VfsConfig.empty());
 *   }
 * }
 * }</pre>
 *
 * <p>It covers every operation and error ({@link OperationsContract}) and the hard edges here:
 * Unicode and space-laden names, a large file streamed in and out (1 GiB by default, see {@link
 * #largeFileBytes()}), deleting an open file, concurrent readers and writers, listing a directory
 * of 100,000 entries lazily, and capabilities honoured. Every test fails if it leaves a channel,
 * cursor or upload open.
 *
 * <p>A backend without {@link Capability#WRITE} overrides {@link #createFileSystem(Fixture)}
 * instead and builds each test's {@link Fixture} its own way; the read-side tests run, the
 * write-side ones are skipped, and {@link #withoutWriteEveryChangeIsDenied} checks that every
 * change fails with PERMISSION_DENIED.
 */
public abstract class VirtualFileSystemContract extends OperationsContract {
  /** Creates the suite. */
  protected VirtualFileSystemContract() {}

  /** Names that break naive code: Unicode in both normal forms, emoji, CJK, spaces, symbols. */
  @ParameterizedTest
  @ValueSource(strings = {
      "caf\u00e9", "cafe\u0301", "\ud83d\ude80 rocket", "\u6587\u4ef6.txt", " leading",
      "trailing ", "  ", "in side", "semi;colon", "per%cent", "#hash", "star*", "question?",
      "quote\"s", "back`tick", "dash-", "ÅÄÖ"})
  public void awkwardNamesRoundTrip(String name) throws IOException {
    VirtualPath file = VirtualPath.ROOT.child(name);
    byte[] content = utf8(name);
    given(Fixture.builder().file(file.toString(), content).build());
    assertEquals(Set.of(name), list("/").keySet(), "listed exactly as written");
    assertArrayEquals(content, read(file.toString()));
    if (!has(Capability.WRITE)) {
      return;
    }
    VirtualPath renamed = VirtualPath.ROOT.child(name + "2");
    fs.rename(file, renamed);
    assertEquals(Set.of(name + "2"), list("/").keySet());
    if (has(Capability.DIRECTORIES)) {
      VirtualPath dir = VirtualPath.ROOT.child("d " + name);
      fs.createDirectory(dir);
      fs.rename(renamed, dir.child(name));
      assertEquals(Set.of(name), list(dir.toString()).keySet());
      fs.delete(dir.child(name));
      fs.deleteDirectory(dir);
    } else {
      fs.delete(renamed);
    }
    assertTrue(list("/").isEmpty());
  }

  /** NFC and NFD spellings are kept apart or folded consistently, never mixed up. */
  @Test
  public void normalizationFormsAreKeptAsWritten() throws IOException {
    String nfc = Normalizer.normalize("\u00e9t\u00e9", Normalizer.Form.NFC);
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    given(Fixture.builder().file("/" + nfc, utf8("nfc")).file("/" + nfd, utf8("nfd")).build());
    Set<String> names = list("/").keySet();
    if (names.size() == 2) {
      assertEquals(Set.of(nfc, nfd), names);
      assertArrayEquals(utf8("nfc"), read("/" + nfc));
      assertArrayEquals(utf8("nfd"), read("/" + nfd));
    } else {
      // A normalizing store: one entry, holding the last write, reachable by both spellings.
      assertEquals(1, names.size());
      assertArrayEquals(utf8("nfd"), read("/" + nfc));
      assertArrayEquals(utf8("nfd"), read("/" + nfd));
    }
  }

  /** A large file streams in and out in constant memory and reads back intact, also mid-way. */
  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  public void largeFileStreamsInAndOut() throws IOException {
    long size = largeFileBytes();
    VirtualPath big = path("/big.bin");
    if (has(Capability.WRITE)) {
      try (Upload upload = fs.openWrite(big, WriteMode.createNew());
          ReadableByteChannel source = TestData.channel(42, size)) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        while (source.read(buffer) >= 0 || buffer.position() > 0) {
          buffer.flip();
          upload.write(buffer);
          buffer.compact();
        }
        upload.commit();
      }
    } else {
      given(Fixture.builder().file(big.toString(), 42, size).build());
    }
    assertEquals(size, fs.stat(big).size());
    TestData.Digest expected;
    try (ReadableByteChannel source = TestData.channel(42, size)) {
      expected = TestData.digest(source);
    }
    try (ReadableByteChannel in = fs.openRead(big, 0)) {
      assertEquals(expected, TestData.digest(in));
    }
    long offset = size - 12_345;
    try (ReadableByteChannel in = fs.openRead(big, offset);
        ReadableByteChannel source = TestData.channel(42, size)) {
      skip(source, offset);
      assertEquals(TestData.digest(source), TestData.digest(in), "tail from " + offset);
    }
  }

  /** Deleting a file that is open for reading: gone for everyone else, and the reader gets the
   * whole content or an IOException, never a mix. */
  @Test
  public void deletingAnOpenFile() throws IOException {
    assumeWritable();
    byte[] content = TestData.bytes(7, 300_000);
    write("/open", content);
    try (ReadableByteChannel in = fs.openRead(path("/open"), 0)) {
      ByteBuffer first = ByteBuffer.allocate(1000);
      while (first.hasRemaining() && in.read(first) >= 0) {
        // Fill the first kilobyte.
      }
      fs.delete(path("/open"));
      assertFails(NOT_FOUND, "/open", () -> fs.stat(path("/open")));
      byte[] rest;
      try {
        rest = drain(in);
      } catch (IOException e) {
        assertFalse(readsSurviveDelete(), "reads must survive the delete: " + e);
        return;
      }
      if (readsSurviveDelete() || rest.length > 0) {
        assertArrayEquals(Arrays.copyOfRange(content, 1000, content.length), rest);
      }
    }
  }

  /** Writers replacing a file while readers read it: every read sees one whole version. */
  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  public void concurrentReadersAndWriters() throws Exception {
    assumeWritable();
    int size = 64 * 1024;
    write("/shared", version(0, size));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (int w = 1; w <= 2; w++) {
        int writer = w;
        tasks.add(pool.submit(() -> {
          for (int i = 0; i < 40; i++) {
            write("/shared", version(writer * 100 + i, size));
          }
          return null;
        }));
      }
      for (int r = 0; r < 2; r++) {
        tasks.add(pool.submit(() -> {
          for (int i = 0; i < 80; i++) {
            byte[] seen = read("/shared");
            if (atomicUploads()) {
              assertEquals(size, seen.length, "a whole version");
              for (byte b : seen) {
                if (b != seen[0]) {
                  fail("mixed versions in one read");
                }
              }
            }
          }
          return null;
        }));
      }
      for (Future<?> task : tasks) {
        task.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(Set.of("shared"), list("/").keySet(), "no temporary litter");
  }

  /**
   * Lists a directory of {@link #largeDirectoryEntries()} entries. Proves the cursor streams: the
   * first entry arrives long before the whole listing is done (a backend that read everything up
   * front would take about as long for the first entry as for all of them), and the suite itself
   * keeps only a bit set, so the memory that listing needs is the backend's alone.
   */
  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  public void listsHugeDirectoryLazily() throws IOException {
    int count = largeDirectoryEntries();
    String dir = has(Capability.DIRECTORIES) ? "/many" : "/";
    if (has(Capability.WRITE)) {
      if (has(Capability.DIRECTORIES)) {
        mkdir(dir);
      }
      createManyFiles(path(dir), count);
    } else {
      Fixture.Builder fixture = Fixture.builder();
      for (int i = 0; i < count; i++) {
        fixture.file(path(dir).child(manyFilesName(i)).toString(), new byte[0]);
      }
      given(fixture.build());
    }
    BitSet seen = new BitSet(count);
    // This thread's CPU time, not wall time: a loaded machine stalls the thread at random moments,
    // but the work done before the first entry stays a small share of the whole when streamed.
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long start = cpu.getCurrentThreadCpuTime();
    long firstAt;
    try (DirectoryCursor cursor = fs.list(path(dir))) {
      DirectoryEntry entry = cursor.next();
      firstAt = cpu.getCurrentThreadCpuTime() - start;
      for (; entry != null; entry = cursor.next()) {
        int index = Integer.parseInt(entry.name().substring(1));
        assertFalse(seen.get(index), () -> "listed twice");
        seen.set(index);
      }
    }
    long total = cpu.getCurrentThreadCpuTime() - start;
    assertEquals(count, seen.cardinality(), "every entry listed once");
    assertTrue(firstAt < total / 2 || total < TimeUnit.MILLISECONDS.toNanos(200),
        () -> "first entry after " + firstAt / 1_000_000 + " ms of " + total / 1_000_000
            + " ms of this thread's CPU time: the listing is not streamed");
  }

  /**
   * Declared capabilities match expectations, and every undeclared one fails with UNSUPPORTED (on
   * a file system with {@link Capability#WRITE}; without it, see {@link
   * #withoutWriteEveryChangeIsDenied}).
   */
  @Test
  public void capabilitiesAreHonoured() throws IOException {
    Set<Capability> declared = fs.capabilities();
    if (expectedCapabilities() != null) {
      assertEquals(expectedCapabilities(), declared);
    }
    if (!declared.contains(Capability.CHECKSUMS)) {
      assertTrue(fs.checksumAlgorithms().isEmpty());
    }
    if (!declared.contains(Capability.AVAILABLE_SPACE)) {
      // A question, not a change: refused the same way with or without WRITE.
      assertFails(UNSUPPORTED, "/", () -> fs.availableSpace(VirtualPath.ROOT));
    }
    assumeTrue(declared.contains(Capability.WRITE), "read-only: changes are denied instead");
    write("/f", utf8("x"));
    Set<Capability> missing = EnumSet.allOf(Capability.class);
    missing.removeAll(declared);
    for (Capability c : missing) {
      switch (c) {
        case APPEND -> assertFails(UNSUPPORTED, "/f",
            () -> fs.openWrite(path("/f"), WriteMode.append()).close());
        case WRITE_AT_OFFSET -> assertFails(UNSUPPORTED, "/f",
            () -> fs.openWrite(path("/f"), WriteMode.at(0)).close());
        case SET_MODIFIED_TIME -> assertFails(UNSUPPORTED, "/f",
            () -> fs.setModifiedTime(path("/f"), Instant.EPOCH));
        case SET_CREATION_TIME -> assertFails(UNSUPPORTED, "/f",
            () -> fs.setCreationTime(path("/f"), Instant.EPOCH));
        case UNIX_PERMISSIONS -> assertFails(UNSUPPORTED, "/f",
            () -> fs.setPermissions(path("/f"), 0644));
        case CHECKSUMS -> {
          assertTrue(fs.checksumAlgorithms().isEmpty());
          assertFails(UNSUPPORTED, "/f", () -> fs.checksum(path("/f"), "SHA-256", 0, 1));
        }
        case DIRECTORIES -> assertFails(UNSUPPORTED, "/d", () -> mkdir("/d"));
        case RENAME_DIRECTORY -> {
          if (declared.contains(Capability.DIRECTORIES)) {
            mkdir("/d");
            assertFails(UNSUPPORTED, "/d", () -> fs.rename(path("/d"), path("/e")));
          }
        }
        case WRITE, ATOMIC_RENAME, SYMLINKS, AVAILABLE_SPACE -> {
          // Qualities, not operations, or (free space) checked above: nothing to refuse.
        }
      }
    }
    assertArrayEquals(utf8("x"), read("/f"), "refused operations changed nothing");
  }

  /**
   * A file system without {@link Capability#WRITE} is read-only: every change fails with
   * PERMISSION_DENIED, also those whose own capability it does not declare, and nothing changes.
   */
  @Test
  public void withoutWriteEveryChangeIsDenied() throws IOException {
    assumeFalse(has(Capability.WRITE), "writable");
    given(Fixture.builder().file("/f", utf8("x")).file("/d/g", utf8("y")).build());
    Set<String> before = list("/").keySet();
    for (WriteMode mode : List.of(WriteMode.createNew(), WriteMode.replace(), WriteMode.append(),
        WriteMode.at(0))) {
      assertFails(PERMISSION_DENIED, "/f", () -> fs.openWrite(path("/f"), mode).close());
    }
    assertFails(PERMISSION_DENIED, "/f", () -> fs.delete(path("/f")));
    assertFails(PERMISSION_DENIED, "/f", () -> fs.rename(path("/f"), path("/g")));
    assertFails(PERMISSION_DENIED, "/f", () -> fs.rename(path("/f"), path("/d/g")));
    assertFails(PERMISSION_DENIED, "/f", () -> fs.setModifiedTime(path("/f"), Instant.EPOCH));
    assertFails(PERMISSION_DENIED, "/f", () -> fs.setPermissions(path("/f"), 0600));
    assertFails(PERMISSION_DENIED, "/f", () -> fs.setCreationTime(path("/f"), Instant.EPOCH));
    assertFails(PERMISSION_DENIED, "/d/new", () -> mkdir("/d/new"));
    assertFails(PERMISSION_DENIED, "/d/g", () -> fs.delete(path("/d/g")));
    for (WriteMode mode : List.of(WriteMode.createNew(), WriteMode.replace(), WriteMode.append(),
        WriteMode.at(0))) {
      assertFails(PERMISSION_DENIED, "/new", () -> fs.openWrite(path("/new"), mode).close());
    }
    assertFails(PERMISSION_DENIED, "/new", () -> mkdir("/new"));
    assertFails(PERMISSION_DENIED, "/", () -> fs.setModifiedTime(VirtualPath.ROOT, Instant.EPOCH));
    assertFails(PERMISSION_DENIED, "/", () -> fs.setPermissions(VirtualPath.ROOT, 0755));
    assertFails(PERMISSION_DENIED, "/", () -> fs.deleteDirectory(VirtualPath.ROOT));
    assertFails(PERMISSION_DENIED, "/", () -> fs.rename(VirtualPath.ROOT, path("/new")));
    assertFails(NOT_FOUND, "/new", () -> fs.stat(path("/new")));
    assertEquals(before, list("/").keySet(), "refused changes changed nothing");
    assertArrayEquals(utf8("x"), read("/f"));
    assertArrayEquals(utf8("y"), read("/d/g"));
  }

  private static byte[] version(int v, int size) {
    byte[] content = new byte[size];
    Arrays.fill(content, (byte) v);
    return content;
  }

  private static void skip(ReadableByteChannel channel, long bytes) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
    long left = bytes;
    while (left > 0) {
      buffer.clear().limit((int) Math.min(buffer.capacity(), left));
      int n = channel.read(buffer);
      if (n < 0) {
        throw new IOException("ended early");
      }
      left -= n;
    }
  }
}
