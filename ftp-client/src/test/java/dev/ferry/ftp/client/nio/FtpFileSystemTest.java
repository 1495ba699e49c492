package dev.ferry.ftp.client.nio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.client.MinaServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.spi.FileSystemProvider;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ftp://} paths through {@link Files}, against an embedded MINA FtpServer. */
class FtpFileSystemTest {
  private static MinaServer server;
  private static FileSystem ftp;
  private static URI uri;
  @TempDir Path local;

  @BeforeAll
  static void start() throws IOException {
    server = MinaServer.start(Files.createTempDirectory("ferry-nio"));
    uri = URI.create("ftp://" + MinaServer.USER + "@127.0.0.1:" + server.port() + "/");
    ftp = FileSystems.newFileSystem(uri, Map.of("password", MinaServer.PASSWORD, "sessions", 3));
  }

  @AfterAll
  static void stop() throws IOException {
    ftp.close();
    assertFalse(ftp.isOpen());
    server.close();
  }

  @Test
  void theProviderIsFoundByItsScheme() {
    assertTrue(
        FileSystemProvider.installedProviders().stream().anyMatch(p -> p.getScheme().equals("ftp")));
    assertSame(ftp, FileSystems.getFileSystem(uri));
    assertEquals(ftp.getPath("/a/b"), Paths.get(uri.resolve("/a/b")));
    assertThrows(
        FileSystemAlreadyExistsException.class,
        () -> FileSystems.newFileSystem(uri, Map.of("password", MinaServer.PASSWORD)));
  }

  @Test
  void theServiceFileAgreesWithTheModuleDescriptor() throws IOException {
    List<String> declared =
        Files.readAllLines(
            Path.of("src/main/resources/META-INF/services/java.nio.file.spi.FileSystemProvider"));
    List<String> provided =
        FtpFileSystemProvider.class.getModule().getDescriptor().provides().stream()
            .filter(p -> p.service().equals(FileSystemProvider.class.getName()))
            .flatMap(p -> p.providers().stream())
            .toList();
    assertEquals(provided, declared);
  }

  @Test
  void writesReadsAndDescribesFiles() throws IOException {
    Path file = ftp.getPath("/nio/rw/hello.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "hello, ftp");
    assertEquals("hello, ftp", Files.readString(file));
    assertTrue(Files.exists(file));
    assertTrue(Files.isRegularFile(file));
    assertTrue(Files.isDirectory(file.getParent()));
    assertEquals(10, Files.size(file));
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    assertEquals(10, attributes.size());
    assertFalse(attributes.isOther());
    assertEquals(10L, Files.readAttributes(file, "size").get("size"));
    assertEquals(9, Files.readAttributes(file, "basic:*").size());

    FileTime then = FileTime.from(Instant.parse("2021-03-04T05:06:07Z"));
    Files.setLastModifiedTime(file, then);
    assertEquals(then.toInstant(), Files.getLastModifiedTime(file).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

    Files.write(file, "!".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
    assertEquals("hello, ftp!", Files.readString(file));
    assertThrows(
        FileAlreadyExistsException.class,
        () -> Files.write(file, new byte[1], StandardOpenOption.CREATE_NEW));
    assertThrows(
        NoSuchFileException.class,
        () -> Files.write(ftp.getPath("/nio/rw/none"), new byte[1], StandardOpenOption.WRITE));
    assertThrows(NoSuchFileException.class, () -> Files.readString(ftp.getPath("/nio/missing")));
    assertThrows(NoSuchFileException.class, () -> Files.size(ftp.getPath("/nio/missing")));
    assertFalse(Files.exists(ftp.getPath("/nio/missing")));
  }

  @Test
  void listsWalksCopiesMovesAndDeletes() throws IOException {
    Path root = ftp.getPath("/nio/tree");
    Files.createDirectories(root.resolve("a/b"));
    Files.writeString(root.resolve("a/one.txt"), "1");
    Files.writeString(root.resolve("a/b/two.txt"), "22");
    try (Stream<Path> list = Files.list(root.resolve("a"))) {
      assertEquals(
          List.of("/nio/tree/a/b", "/nio/tree/a/one.txt"),
          list.map(Path::toString).sorted().toList());
    }
    try (Stream<Path> walk = Files.walk(root)) {
      assertEquals(5, walk.count());
    }
    try (DirectoryStream<Path> texts = Files.newDirectoryStream(root.resolve("a"), "*.txt")) {
      assertEquals(List.of(root.resolve("a/one.txt")), List.copyOf(iterate(texts)));
    }

    Path localCopy = local.resolve("two.txt");
    Files.copy(root.resolve("a/b/two.txt"), localCopy);
    assertEquals("22", Files.readString(localCopy));
    Files.copy(localCopy, root.resolve("uploaded.txt"));
    Files.copy(root.resolve("uploaded.txt"), root.resolve("copied.txt"));
    assertEquals("22", Files.readString(root.resolve("copied.txt")));
    assertThrows(
        FileAlreadyExistsException.class,
        () -> Files.copy(root.resolve("uploaded.txt"), root.resolve("copied.txt")));
    Files.move(root.resolve("copied.txt"), root.resolve("uploaded.txt"), StandardCopyOption.REPLACE_EXISTING);
    assertFalse(Files.exists(root.resolve("copied.txt")));

    assertThrows(DirectoryNotEmptyException.class, () -> Files.delete(root.resolve("a")));
    Files.delete(root.resolve("a/b/two.txt"));
    Files.delete(root.resolve("a/b"));
    assertThrows(NoSuchFileException.class, () -> Files.delete(root.resolve("a/b")));
    assertThrows(FileAlreadyExistsException.class, () -> Files.createDirectory(root.resolve("a")));
    assertThrows(NoSuchFileException.class, () -> Files.createDirectory(root.resolve("x/y")));
  }

  @Test
  void seeksByRestartingTheDownload() throws IOException {
    Path file = ftp.getPath("/nio/seek.bin");
    byte[] content = new byte[100_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) i;
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(content);
    }
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      assertEquals(content.length, channel.size());
      ByteBuffer buffer = ByteBuffer.allocate(10);
      channel.position(50_000);
      while (buffer.hasRemaining()) {
        channel.read(buffer);
      }
      assertArrayEquals(java.util.Arrays.copyOfRange(content, 50_000, 50_010), buffer.array());
      assertEquals(50_010, channel.position());
      channel.position(content.length);
      assertEquals(-1, channel.read(ByteBuffer.allocate(1)));
    }
    try (SeekableByteChannel channel =
        Files.newByteChannel(ftp.getPath("/nio/written.bin"), StandardOpenOption.WRITE, StandardOpenOption.CREATE)) {
      channel.write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
      assertEquals(3, channel.position());
    }
    try (InputStream in = Files.newInputStream(ftp.getPath("/nio/written.bin"))) {
      assertArrayEquals(new byte[] {1, 2, 3}, in.readAllBytes());
    }
    assertThrows(
        NoSuchFileException.class,
        () -> Files.newByteChannel(ftp.getPath("/nio/absent.bin"), StandardOpenOption.WRITE));
  }

  @Test
  void pathsAreSyntax() throws IOException {
    Path path = ftp.getPath("/a", "b", "../c/./d.txt");
    assertEquals("/a/b/../c/./d.txt", path.toString());
    assertEquals("/a/c/d.txt", path.normalize().toString());
    assertEquals("d.txt", path.getFileName().toString());
    assertEquals("/", path.getRoot().toString());
    assertEquals(6, path.getNameCount());
    assertEquals("b", path.getName(1).toString());
    assertEquals("b/..", path.subpath(1, 3).toString());
    assertTrue(path.startsWith(ftp.getPath("/a/b")));
    assertTrue(path.endsWith(ftp.getPath("d.txt")));
    assertEquals("../x", ftp.getPath("/a/b").relativize(ftp.getPath("/a/x")).toString());
    assertEquals(ftp.getPath("/a/x"), ftp.getPath("/a/b").resolveSibling("x"));
    Path relative = ftp.getPath("rel/file");
    assertFalse(relative.isAbsolute());
    assertNull(relative.getRoot());
    assertEquals("/rel/file", relative.toAbsolutePath().toString()); // MINA's login directory is /
    assertEquals(URI.create("ftp://ferry@127.0.0.1:" + server.port() + "/rel/file"), relative.toUri());
    assertTrue(ftp.getPathMatcher("glob:/a/**/*.txt").matches(path.normalize()));
    assertTrue(ftp.getPathMatcher("glob:{x,d}.{txt,csv}").matches(ftp.getPath("d.csv")));
    assertFalse(ftp.getPathMatcher("glob:?.txt").matches(ftp.getPath("dd.txt")));
    assertTrue(ftp.getPathMatcher("regex:.*\\.txt").matches(path));
    assertTrue(ftp.provider().isHidden(ftp.getPath("/a/.hidden")));
    assertEquals("/", ftp.getSeparator());
    assertEquals(List.of(ftp.getPath("/")), List.copyOf(iterate(ftp.getRootDirectories())));
  }

  private static <T> List<T> iterate(Iterable<T> items) {
    List<T> out = new java.util.ArrayList<>();
    items.forEach(out::add);
    return out;
  }
}
