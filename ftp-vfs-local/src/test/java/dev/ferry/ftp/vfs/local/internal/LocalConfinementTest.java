package dev.ferry.ftp.vfs.local.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.ftp.vfs.DirectoryCursor;
import dev.ferry.ftp.vfs.DirectoryEntry;
import dev.ferry.ftp.vfs.FileType;
import dev.ferry.ftp.vfs.Upload;
import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VfsException.Kind;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import dev.ferry.ftp.vfs.WriteMode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way out of the root, tried for real on disk. */
class LocalConfinementTest {
  @TempDir Path root;
  @TempDir Path outside;

  private VirtualFileSystem fs;

  @AfterEach
  void close() throws IOException {
    if (fs != null) {
      fs.close();
    }
  }

  private VirtualFileSystem open(String... settings) throws IOException {
    Map<String, String> config = new HashMap<>(Map.of("root", root.toString()));
    for (int i = 0; i < settings.length; i += 2) {
      config.put(settings[i], settings[i + 1]);
    }
    fs = new LocalProvider().open(VfsConfig.of(config));
    return fs;
  }

  private static VirtualPath p(String path) {
    return VirtualPath.of(path);
  }

  private static Kind kindOf(org.junit.jupiter.api.function.Executable action) {
    return assertThrows(VfsException.class, action).kind();
  }

  private static byte[] read(VirtualFileSystem fs, String path) throws IOException {
    try (ReadableByteChannel in = fs.openRead(p(path), 0)) {
      ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
      while (in.read(buffer) >= 0) {
        // Small files only.
      }
      return java.util.Arrays.copyOf(buffer.array(), buffer.position());
    }
  }

  private static void write(VirtualFileSystem fs, String path, String content, WriteMode mode)
      throws IOException {
    try (Upload upload = fs.openWrite(p(path), mode)) {
      upload.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
      upload.commit();
    }
  }

  @Test
  void linkToAFileOutsideIsNeverRead() throws IOException {
    Files.writeString(outside.resolve("secret"), "secret");
    Files.createSymbolicLink(root.resolve("evil"), outside.resolve("secret"));
    for (String follow : new String[] {"false", "true"}) {
      VirtualFileSystem fs = open("follow-links", follow);
      assertEquals(FileType.SYMLINK, fs.stat(p("/evil")).type());
      assertEquals(Kind.PERMISSION_DENIED, kindOf(() -> fs.openRead(p("/evil"), 0)));
      assertEquals(Kind.PERMISSION_DENIED, kindOf(() -> fs.openWrite(p("/evil"),
          WriteMode.append())));
      assertEquals(Kind.PERMISSION_DENIED, kindOf(() -> fs.setModifiedTime(p("/evil"),
          java.time.Instant.EPOCH)));
      try (DirectoryCursor cursor = fs.list(VirtualPath.ROOT)) {
        assertEquals(FileType.SYMLINK, cursor.next().attributes().type());
      }
      fs.close();
    }
    assertEquals("secret", Files.readString(outside.resolve("secret")));
  }

  @Test
  void linkToADirectoryOutsideIsNeverEntered() throws IOException {
    Files.writeString(outside.resolve("secret"), "secret");
    Files.createSymbolicLink(root.resolve("evil"), outside);
    VirtualFileSystem fs = open("follow-links", "true");
    assertEquals(Kind.PERMISSION_DENIED, kindOf(() -> fs.list(p("/evil"))));
    assertEquals(Kind.PERMISSION_DENIED, kindOf(() -> fs.openRead(p("/evil/secret"), 0)));
    assertEquals(Kind.PERMISSION_DENIED, kindOf(() -> fs.openWrite(p("/evil/new"),
        WriteMode.replace())));
    assertEquals(Kind.PERMISSION_DENIED, kindOf(() -> fs.createDirectory(p("/evil/dir"))));
    assertEquals(Kind.PERMISSION_DENIED, kindOf(() -> fs.delete(p("/evil/secret"))));
    assertEquals(Kind.PERMISSION_DENIED, kindOf(() -> fs.rename(p("/evil/secret"), p("/s"))));
    fs.delete(p("/evil"));
    assertTrue(Files.exists(outside.resolve("secret")), "deleting a link keeps its target");
    try (var entries = Files.list(outside)) {
      assertEquals(1, entries.count(), "nothing created outside");
    }
  }

  @Test
  void linksInsideTheRootAreFollowedOnlyWhenConfigured() throws IOException {
    Files.createDirectories(root.resolve("real/sub"));
    Files.writeString(root.resolve("real/sub/f"), "inside");
    Files.createSymbolicLink(root.resolve("alias"), root.resolve("real"));
    Files.createSymbolicLink(root.resolve("real/file-alias"), Path.of("sub/f"));
    Files.createSymbolicLink(root.resolve("dangling"), root.resolve("nowhere"));

    VirtualFileSystem refusing = open();
    assertEquals(Kind.PERMISSION_DENIED, kindOf(() -> refusing.openRead(p("/alias/sub/f"), 0)));
    assertEquals(Kind.PERMISSION_DENIED, kindOf(() -> refusing.openRead(p("/real/file-alias"),
        0)));
    assertEquals(FileType.SYMLINK, refusing.stat(p("/alias")).type());
    refusing.close();

    VirtualFileSystem following = open("follow-links", "true");
    assertArrayEquals("inside".getBytes(StandardCharsets.UTF_8),
        read(following, "/alias/sub/f"));
    assertArrayEquals("inside".getBytes(StandardCharsets.UTF_8),
        read(following, "/real/file-alias"));
    assertEquals(FileType.DIRECTORY, following.stat(p("/alias")).type());
    assertEquals(FileType.FILE, following.stat(p("/real/file-alias")).type());
    write(following, "/alias/sub/g", "via link", WriteMode.replace());
    assertEquals("via link", Files.readString(root.resolve("real/sub/g")));
    Map<String, FileType> listed = new HashMap<>();
    try (DirectoryCursor cursor = following.list(VirtualPath.ROOT)) {
      for (DirectoryEntry e = cursor.next(); e != null; e = cursor.next()) {
        listed.put(e.name(), e.attributes().type());
      }
    }
    assertEquals(Map.of("real", FileType.DIRECTORY, "alias", FileType.DIRECTORY,
        "dangling", FileType.SYMLINK), listed);
    assertEquals(FileType.SYMLINK, following.stat(p("/dangling")).type());
    assertEquals(Kind.PERMISSION_DENIED, kindOf(() -> following.openRead(p("/dangling"), 0)));
  }

  @Test
  void hardLinkToAFileOutsideIsNotWrittenThrough() throws IOException {
    Path secret = Files.writeString(outside.resolve("secret"), "secret");
    try {
      Files.createLink(root.resolve("hard"), secret);
    } catch (IOException | UnsupportedOperationException e) {
      assumeTrue(false, "no hard links across these folders: " + e);
    }
    VirtualFileSystem fs = open();
    assertEquals(2, fs.stat(p("/hard")).linkCount());
    assertEquals(Kind.PERMISSION_DENIED, kindOf(() -> fs.openWrite(p("/hard"),
        WriteMode.append())));
    assertEquals(Kind.PERMISSION_DENIED, kindOf(() -> fs.openWrite(p("/hard"),
        WriteMode.at(0))));
    write(fs, "/hard", "replaced", WriteMode.replace());
    assertEquals("secret", Files.readString(secret), "an atomic upload replaces the link");
    assertEquals("replaced", Files.readString(root.resolve("hard")));
  }

  @Test
  void directorySwappedForALinkDuringAnUploadDoesNotRedirectIt() throws IOException {
    Files.createDirectories(root.resolve("a/b"));
    VirtualFileSystem fs = open();
    try (Upload upload = fs.openWrite(p("/a/b/f"), WriteMode.replace())) {
      upload.write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
      Files.move(root.resolve("a"), root.resolve("a-moved"));
      Files.createDirectories(outside.resolve("b"));
      Files.createSymbolicLink(root.resolve("a"), outside);
      upload.commit();
    }
    assertFalse(Files.exists(outside.resolve("b/f")), "nothing written outside");
    assertEquals(3, Files.size(root.resolve("a-moved/b/f")));
  }

  @Test
  void fifoIsListedButNeverOpened() throws Exception {
    Path fifo = root.resolve("pipe");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here");
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo));
    VirtualFileSystem fs = open();
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      assertEquals(FileType.OTHER, fs.stat(p("/pipe")).type());
      assertEquals(Kind.PERMISSION_DENIED, kindOf(() -> fs.openRead(p("/pipe"), 0)));
      assertEquals(Kind.NOT_FOUND, kindOf(() -> fs.list(p("/pipe/x"))));
      assertEquals(Kind.NOT_A_DIRECTORY, kindOf(() -> fs.list(p("/pipe"))));
    });
  }

  @Test
  void dotDotAndBackslashesStayInside() throws IOException {
    Files.writeString(outside.resolve("secret"), "secret");
    VirtualFileSystem fs = open();
    String escape = "../../../../" + outside.getFileName() + "/secret";
    assertEquals(Kind.NOT_FOUND, kindOf(() -> fs.stat(VirtualPath.of(escape))));
    assertEquals(Kind.NOT_FOUND, kindOf(() -> fs.stat(VirtualPath.of(escape.replace('/',
        '\\')))));
    write(fs, "/..\\..\\x", "kept inside", WriteMode.replace());
    assertEquals("kept inside", Files.readString(root.resolve("x")));
  }

  @Test
  void temporaryUploadNamesAreHiddenAndReserved() throws IOException {
    Files.writeString(root.resolve(NioFileSystem.TEMP_PREFIX + "someone"), "partial");
    VirtualFileSystem fs = open();
    try (DirectoryCursor cursor = fs.list(VirtualPath.ROOT)) {
      assertEquals(null, cursor.next());
    }
    String hidden = "/" + NioFileSystem.TEMP_PREFIX + "someone";
    assertEquals(Kind.NOT_FOUND, kindOf(() -> fs.stat(p(hidden))));
    assertEquals(Kind.NOT_FOUND, kindOf(() -> fs.delete(p(hidden))));
    assertEquals(Kind.INVALID_NAME, kindOf(() -> fs.openWrite(p(hidden), WriteMode.replace())));
    assertEquals(Kind.INVALID_NAME, kindOf(() -> fs.createDirectory(p(hidden + "2"))));
  }

  @Test
  void namesTheHostCannotTakeAsOneNameAreRefusedAndUnlistableNamesSkipped()
      throws IOException {
    Files.writeString(root.resolve("line\nbreak"), "x");
    Files.writeString(root.resolve("plain"), "x");
    VirtualFileSystem fs = open();
    try (DirectoryCursor cursor = fs.list(VirtualPath.ROOT)) {
      assertEquals("plain", cursor.next().name());
      assertEquals(null, cursor.next());
    }
  }
}
