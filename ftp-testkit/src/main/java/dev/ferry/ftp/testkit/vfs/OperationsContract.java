package dev.ferry.ftp.testkit.vfs;

import static dev.ferry.ftp.vfs.VfsException.Kind.ALREADY_EXISTS;
import static dev.ferry.ftp.vfs.VfsException.Kind.IS_A_DIRECTORY;
import static dev.ferry.ftp.vfs.VfsException.Kind.NOT_A_DIRECTORY;
import static dev.ferry.ftp.vfs.VfsException.Kind.NOT_EMPTY;
import static dev.ferry.ftp.vfs.VfsException.Kind.NOT_FOUND;
import static dev.ferry.ftp.vfs.VfsException.Kind.PERMISSION_DENIED;
import static dev.ferry.ftp.vfs.VfsException.Kind.UNSUPPORTED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.DirectoryCursor;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.FileType;
import dev.ferry.ftp.vfs.Upload;
import dev.ferry.ftp.vfs.VirtualPath;
import dev.ferry.ftp.vfs.WriteMode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * The contract of each operation and its errors. Extend {@link VirtualFileSystemContract}, which
 * adds the hard edges.
 */
public abstract class OperationsContract extends ContractSupport {
  /** Creates the suite. */
  protected OperationsContract() {}

  /** A fresh file system has an empty root directory. */
  @Test
  public void freshRootIsAnEmptyDirectory() throws IOException {
    assertEquals(FileType.DIRECTORY, fs.stat(VirtualPath.ROOT).type());
    assertTrue(list("/").isEmpty());
  }

  /** What is written is read back, and stat reports it. */
  @Test
  public void writeThenReadAndStat() throws IOException {
    Instant before = Instant.now().minus(Duration.ofMinutes(1));
    byte[] content = TestData.bytes(1, 100_000);
    given(Fixture.builder().file("/a.bin", content).build());
    assertArrayEquals(content, read("/a.bin"));
    FileAttributes a = fs.stat(path("/a.bin"));
    assertEquals(FileType.FILE, a.type());
    assertTrue(a.isFile());
    assertEquals(content.length, a.size());
    assertTrue(a.modified().isAfter(before), () -> "modified " + a.modified());
    assertTrue(a.linkCount() >= 1);
  }

  /** A zero-byte file exists, has size 0 and reads as nothing. */
  @Test
  public void zeroByteFile() throws IOException {
    given(Fixture.builder().file("/empty", new byte[0]).build());
    assertEquals(0, fs.stat(path("/empty")).size());
    assertEquals(0, read("/empty").length);
    assertEquals(0, readAt("/empty", 5).length);
  }

  /** Replace overwrites a longer file completely. */
  @Test
  public void replaceOverwritesExistingFile() throws IOException {
    assumeWritable();
    write("/f", TestData.bytes(1, 5000));
    write("/f", utf8("short"));
    assertArrayEquals(utf8("short"), read("/f"));
    assertEquals(5, fs.stat(path("/f")).size());
  }

  /** Create-new refuses an existing name and keeps its content. */
  @Test
  public void createNewRefusesExistingFile() throws IOException {
    assumeWritable();
    write("/f", utf8("old"));
    assertFails(ALREADY_EXISTS, "/f", () -> fs.openWrite(path("/f"), WriteMode.createNew()));
    write("/g", utf8("new"), WriteMode.createNew());
    assertArrayEquals(utf8("old"), read("/f"));
    assertArrayEquals(utf8("new"), read("/g"));
  }

  /** Create-new fails at commit if the name was taken while uploading; the winner's data stays. */
  @Test
  public void createNewFailsAtCommitWhenNameTakenMeanwhile() throws IOException {
    assumeWritable();
    assumeTrue(atomicUploads());
    try (Upload upload = fs.openWrite(path("/race"), WriteMode.createNew())) {
      writeFully(upload, utf8("loser"));
      write("/race", utf8("winner"));
      assertFails(ALREADY_EXISTS, "/race", upload::commit);
    }
    assertArrayEquals(utf8("winner"), read("/race"));
    assertEquals(Set.of("race"), list("/").keySet());
  }

  /** An upload is invisible until committed, then appears whole. */
  @Test
  public void uploadIsInvisibleUntilCommitted() throws IOException {
    assumeWritable();
    assumeTrue(atomicUploads());
    write("/old", utf8("previous"));
    try (Upload fresh = fs.openWrite(path("/new"), WriteMode.replace());
        Upload over = fs.openWrite(path("/old"), WriteMode.replace())) {
      writeFully(fresh, TestData.bytes(2, 10_000));
      writeFully(over, utf8("replacement"));
      assertFails(NOT_FOUND, "/new", () -> fs.stat(path("/new")));
      assertArrayEquals(utf8("previous"), read("/old"));
      assertEquals(Set.of("old"), list("/").keySet());
      fresh.commit();
      over.commit();
    }
    assertArrayEquals(TestData.bytes(2, 10_000), read("/new"));
    assertArrayEquals(utf8("replacement"), read("/old"));
  }

  /** Abort, and close without commit, leave nothing behind and keep the old content. */
  @Test
  public void abortLeavesNothingBehind() throws IOException {
    assumeWritable();
    String dir = has(Capability.DIRECTORIES) ? "/d" : "";
    if (!dir.isEmpty()) {
      mkdir(dir);
    }
    write(dir + "/keep", utf8("kept"));
    Upload aborted = fs.openWrite(path(dir + "/new"), WriteMode.replace());
    writeFully(aborted, TestData.bytes(3, 50_000));
    aborted.abort();
    aborted.abort();
    assertFalse(aborted.isOpen());
    try (Upload closed = fs.openWrite(path(dir + "/keep"), WriteMode.replace())) {
      writeFully(closed, utf8("never committed"));
    }
    assertFails(NOT_FOUND, dir + "/new", () -> fs.stat(path(dir + "/new")));
    assertArrayEquals(utf8("kept"), read(dir + "/keep"));
    assertEquals(Set.of("keep"), list(dir.isEmpty() ? "/" : dir).keySet(), "no temporary litter");
  }

  /** A committed or aborted upload is closed for good. */
  @Test
  public void uploadIsClosedAfterCommit() throws IOException {
    assumeWritable();
    Upload upload = fs.openWrite(path("/f"), WriteMode.replace());
    writeFully(upload, utf8("x"));
    upload.commit();
    assertFalse(upload.isOpen());
    assertThrows(ClosedChannelException.class, () -> upload.write(ByteBuffer.allocate(1)));
    assertThrows(IOException.class, upload::commit);
    upload.abort();
    upload.close();
    assertArrayEquals(utf8("x"), read("/f"));
  }

  /** openWrite's errors. */
  @Test
  public void openWriteErrors() throws IOException {
    assumeWritable();
    assertFails(NOT_FOUND, "/missing/f", () -> fs.openWrite(path("/missing/f"),
        WriteMode.replace()));
    write("/file", utf8("x"));
    assertFails(NOT_A_DIRECTORY, "/file/f", () -> fs.openWrite(path("/file/f"),
        WriteMode.replace()));
    assertFails(IS_A_DIRECTORY, "/", () -> fs.openWrite(VirtualPath.ROOT, WriteMode.replace()));
    assumeTrue(has(Capability.DIRECTORIES));
    mkdir("/dir");
    assertFails(IS_A_DIRECTORY, "/dir", () -> fs.openWrite(path("/dir"), WriteMode.replace()));
  }

  /** Reading from offsets: start, middle, end, past the end. */
  @Test
  public void readAtOffsets() throws IOException {
    byte[] content = TestData.bytes(4, 10_000);
    given(Fixture.builder().file("/f", content).build());
    assertArrayEquals(content, readAt("/f", 0));
    assertArrayEquals(Arrays.copyOfRange(content, 4321, content.length),
        readAt("/f", 4321));
    assertEquals(0, readAt("/f", content.length).length);
    assertEquals(0, readAt("/f", content.length + 1000L).length);
  }

  /** A negative read offset is refused with IllegalArgumentException, before any lookup. */
  @Test
  public void negativeReadOffsetIsRefused() throws IOException {
    given(Fixture.builder().file("/f", utf8("x")).build());
    assertThrows(IllegalArgumentException.class, () -> fs.openRead(path("/f"), -1));
    assertThrows(IllegalArgumentException.class, () -> fs.openRead(path("/f"), Long.MIN_VALUE));
    assertThrows(IllegalArgumentException.class, () -> fs.openRead(path("/nope"), -1));
    assertThrows(IllegalArgumentException.class, () -> fs.openRead(VirtualPath.ROOT, -1));
    assertArrayEquals(utf8("x"), read("/f"));
  }

  /** openRead and stat errors. */
  @Test
  public void readAndStatErrors() throws IOException {
    assertFails(NOT_FOUND, "/nope", () -> fs.openRead(path("/nope"), 0));
    assertFails(NOT_FOUND, "/nope", () -> fs.stat(path("/nope")));
    assertFails(NOT_FOUND, "/nope/deeper", () -> fs.stat(path("/nope/deeper")));
    given(Fixture.builder().file("/file", utf8("x")).build());
    assertFails(NOT_FOUND, "/file/below", () -> fs.stat(path("/file/below")));
    assertFails(NOT_FOUND, "/file/below", () -> fs.openRead(path("/file/below"), 0));
    assertFails(IS_A_DIRECTORY, "/", () -> fs.openRead(VirtualPath.ROOT, 0));
  }

  /** mkdir creates a directory and reports every error precisely. */
  @Test
  public void createDirectory() throws IOException {
    assumeWritable();
    assumeTrue(has(Capability.DIRECTORIES));
    mkdir("/d");
    mkdir("/d/e");
    assertTrue(fs.stat(path("/d/e")).isDirectory());
    assertEquals(FileType.DIRECTORY, list("/d").get("e").attributes().type());
    assertFails(ALREADY_EXISTS, "/d", () -> mkdir("/d"));
    assertFails(ALREADY_EXISTS, "/", () -> fs.createDirectory(VirtualPath.ROOT));
    assertFails(NOT_FOUND, "/x/y", () -> mkdir("/x/y"));
    write("/file", utf8("x"));
    assertFails(ALREADY_EXISTS, "/file", () -> mkdir("/file"));
    assertFails(NOT_A_DIRECTORY, "/file/y", () -> mkdir("/file/y"));
  }

  /** delete removes a file and nothing else. */
  @Test
  public void deleteFile() throws IOException {
    assumeWritable();
    write("/f", utf8("x"));
    fs.delete(path("/f"));
    assertFails(NOT_FOUND, "/f", () -> fs.stat(path("/f")));
    assertFails(NOT_FOUND, "/f", () -> fs.delete(path("/f")));
    assertFails(IS_A_DIRECTORY, "/", () -> fs.delete(VirtualPath.ROOT));
    assumeTrue(has(Capability.DIRECTORIES));
    mkdir("/d");
    assertFails(IS_A_DIRECTORY, "/d", () -> fs.delete(path("/d")));
  }

  /** rmdir removes empty directories only. */
  @Test
  public void deleteDirectory() throws IOException {
    assumeWritable();
    assumeTrue(has(Capability.DIRECTORIES));
    mkdir("/d");
    write("/d/f", utf8("x"));
    assertFails(NOT_EMPTY, "/d", () -> fs.deleteDirectory(path("/d")));
    assertFails(NOT_A_DIRECTORY, "/d/f", () -> fs.deleteDirectory(path("/d/f")));
    fs.delete(path("/d/f"));
    fs.deleteDirectory(path("/d"));
    assertFails(NOT_FOUND, "/d", () -> fs.stat(path("/d")));
    assertFails(NOT_FOUND, "/d", () -> fs.deleteDirectory(path("/d")));
    assertFails(PERMISSION_DENIED, "/", () -> fs.deleteDirectory(VirtualPath.ROOT));
  }

  /** Listings report names, types and sizes; errors for missing entries and files. */
  @Test
  public void listDirectory() throws IOException {
    Fixture.Builder fixture =
        Fixture.builder().file("/a", TestData.bytes(5, 123)).file("/b", new byte[0]);
    if (has(Capability.DIRECTORIES)) {
      fixture.directory("/sub");
    }
    given(fixture.build());
    var entries = list("/");
    assertEquals(123, entries.get("a").attributes().size());
    assertEquals(FileType.FILE, entries.get("b").attributes().type());
    assertEquals(has(Capability.DIRECTORIES) ? 3 : 2, entries.size());
    assertFails(NOT_FOUND, "/missing", () -> fs.list(path("/missing")));
    assertFails(NOT_A_DIRECTORY, "/a", () -> fs.list(path("/a")));
    DirectoryCursor cursor = fs.list(VirtualPath.ROOT);
    cursor.close();
    cursor.close();
    assertThrows(IOException.class, cursor::next);
  }

  /** rename moves a file, replacing a file at the target. */
  @Test
  public void renameFileReplacesExistingFile() throws IOException {
    assumeWritable();
    write("/a", utf8("A"));
    write("/b", utf8("B"));
    fs.rename(path("/a"), path("/b"));
    assertArrayEquals(utf8("A"), read("/b"));
    assertEquals(Set.of("b"), list("/").keySet());
    fs.rename(path("/b"), path("/b"));
    assertArrayEquals(utf8("A"), read("/b"));
  }

  /** rename's errors. */
  @Test
  public void renameErrors() throws IOException {
    assumeWritable();
    write("/f", utf8("x"));
    assertFails(NOT_FOUND, "/missing", () -> fs.rename(path("/missing"), path("/g")));
    assertFails(NOT_FOUND, "/no/g", () -> fs.rename(path("/f"), path("/no/g")));
    assertFails(PERMISSION_DENIED, "/", () -> fs.rename(VirtualPath.ROOT, path("/g")));
    assertFails(PERMISSION_DENIED, "/", () -> fs.rename(path("/f"), VirtualPath.ROOT));
    assumeTrue(has(Capability.DIRECTORIES));
    mkdir("/d");
    assertFails(ALREADY_EXISTS, "/d", () -> fs.rename(path("/f"), path("/d")));
    assertArrayEquals(utf8("x"), read("/f"));
    assumeTrue(has(Capability.RENAME_DIRECTORY));
    assertFails(ALREADY_EXISTS, "/f", () -> fs.rename(path("/d"), path("/f")));
    assertFails(PERMISSION_DENIED, "/d/inner", () -> fs.rename(path("/d"), path("/d/inner")));
  }

  /** A non-empty directory moves with all its content. */
  @Test
  public void renameNonEmptyDirectory() throws IOException {
    assumeWritable();
    assumeTrue(has(Capability.DIRECTORIES) && has(Capability.RENAME_DIRECTORY));
    mkdir("/d");
    mkdir("/d/sub");
    write("/d/sub/f", utf8("deep"));
    mkdir("/target");
    fs.rename(path("/d"), path("/target/moved"));
    assertArrayEquals(utf8("deep"), read("/target/moved/sub/f"));
    assertFails(NOT_FOUND, "/d", () -> fs.stat(path("/d")));
  }

  /** Append creates the file when absent and adds to its end. */
  @Test
  public void append() throws IOException {
    assumeWritable();
    assumeTrue(has(Capability.APPEND));
    write("/log", utf8("one"), WriteMode.append());
    write("/log", utf8("+two"), WriteMode.append());
    assertArrayEquals(utf8("one+two"), read("/log"));
  }

  /** Writing at an offset keeps what lies before and after; past the end leaves zeros. */
  @Test
  public void writeAtOffset() throws IOException {
    assumeWritable();
    assumeTrue(has(Capability.WRITE_AT_OFFSET));
    write("/f", utf8("0123456789"));
    write("/f", utf8("ab"), WriteMode.at(3));
    assertArrayEquals(utf8("012ab56789"), read("/f"));
    write("/f", utf8("Z"), WriteMode.at(12));
    assertArrayEquals(utf8("012ab56789\0\0Z"), read("/f"));
    write("/new", utf8("resume"), WriteMode.at(0));
    assertArrayEquals(utf8("resume"), read("/new"));
    assertThrows(IllegalArgumentException.class, () -> WriteMode.at(-1));
  }

  /** The modification time can be set and is reported to the second. */
  @Test
  public void setModifiedTime() throws IOException {
    assumeWritable();
    assumeTrue(has(Capability.SET_MODIFIED_TIME));
    write("/f", utf8("x"));
    Instant when = Instant.parse("2001-02-03T04:05:06Z");
    fs.setModifiedTime(path("/f"), when);
    assertEquals(when, fs.stat(path("/f")).modified());
    assertEquals(when, list("/").get("f").attributes().modified());
    assertFails(NOT_FOUND, "/nope", () -> fs.setModifiedTime(path("/nope"), when));
  }

  /** The creation time can be set and is reported to the second, leaving the modification time. */
  @Test
  public void setCreationTime() throws IOException {
    assumeWritable();
    assumeTrue(has(Capability.SET_CREATION_TIME));
    write("/f", utf8("x"));
    Instant modified = fs.stat(path("/f")).modified();
    Instant when = Instant.parse("2001-02-03T04:05:06Z");
    fs.setCreationTime(path("/f"), when);
    assertEquals(Optional.of(when), fs.stat(path("/f")).created());
    assertEquals(Optional.of(when), list("/").get("f").attributes().created());
    assertEquals(modified, fs.stat(path("/f")).modified());
    assertFails(NOT_FOUND, "/nope", () -> fs.setCreationTime(path("/nope"), when));
  }

  /** Free space is reported for the root and any directory, and refused for anything else. */
  @Test
  public void availableSpace() throws IOException {
    assumeTrue(has(Capability.AVAILABLE_SPACE));
    given(Fixture.builder().file("/d/f", utf8("x")).build());
    assertTrue(fs.availableSpace(VirtualPath.ROOT) >= 0);
    assertTrue(fs.availableSpace(path("/d")) >= 0);
    assertFails(NOT_FOUND, "/nope", () -> fs.availableSpace(path("/nope")));
    assertFails(NOT_A_DIRECTORY, "/d/f", () -> fs.availableSpace(path("/d/f")));
  }

  /** Unix permission bits can be set and are reported. */
  @Test
  public void setPermissions() throws IOException {
    assumeWritable();
    assumeTrue(has(Capability.UNIX_PERMISSIONS));
    write("/f", utf8("x"));
    fs.setPermissions(path("/f"), 0640);
    assertEquals(0640, fs.stat(path("/f")).mode().orElseThrow());
    fs.setPermissions(path("/f"), 0604);
    assertEquals(0604, list("/").get("f").attributes().mode().orElseThrow());
    assertFails(NOT_FOUND, "/nope", () -> fs.setPermissions(path("/nope"), 0600));
  }

  /** Checksums match the JDK's over the whole file and over a range. */
  @Test
  public void checksums() throws Exception {
    assumeTrue(has(Capability.CHECKSUMS));
    assertFalse(fs.checksumAlgorithms().isEmpty());
    byte[] content = TestData.bytes(6, 300_000);
    given(Fixture.builder().file("/f", content).build());
    for (String algorithm : fs.checksumAlgorithms()) {
      assertArrayEquals(reference(algorithm, content, 0, content.length),
          fs.checksum(path("/f"), algorithm, 0, Long.MAX_VALUE), algorithm);
      assertArrayEquals(reference(algorithm, content, 1000, 5000),
          fs.checksum(path("/f"), algorithm, 1000, 5000), algorithm + " range");
    }
    String any = fs.checksumAlgorithms().iterator().next();
    assertFails(NOT_FOUND, "/nope", () -> fs.checksum(path("/nope"), any, 0, 1));
    assertFails(UNSUPPORTED, "/f",
        () -> fs.checksum(path("/f"), "NO-SUCH-HASH", 0, 1));
  }

  private static byte[] reference(String algorithm, byte[] data, int offset, int length)
      throws Exception {
    if (algorithm.equals("CRC32")) {
      CRC32 crc = new CRC32();
      crc.update(data, offset, length);
      return ByteBuffer.allocate(4).putInt((int) crc.getValue()).array();
    }
    MessageDigest digest = MessageDigest.getInstance(algorithm);
    digest.update(data, offset, length);
    return digest.digest();
  }
}
