package dev.ferry.ftp.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.param.RepresentationType;
import dev.ferry.ftp.protocol.param.TransmissionMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the client must do against every real server: one subclass per server runs all of it.
 * Each test works in its own remote directory and checks the server's files on disk, so a test
 * cannot pass on a transfer that only looked right to the client.
 *
 * <p>Ferry's own server (module {@code ftp-server}, being built) is meant to get a subclass here
 * once it lands, started on a local folder like the others.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerConformanceTest {
  private static final Random RANDOM = new Random(959);

  ServerUnderTest server;
  FtpSession ftp;
  String dir;
  Path serverDir;
  @TempDir Path local;

  /** Starts the server, or aborts the class (JUnit's skip) when it cannot be prepared here. */
  abstract ServerUnderTest startServer() throws Exception;

  /** Whether the server implements {@code SITE CHMOD}. */
  abstract boolean hasSiteChmod();

  @BeforeAll
  void startAll() throws Exception {
    server = startServer();
  }

  @AfterAll
  void stopAll() {
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void open(TestInfo info) throws IOException {
    String name = info.getTestMethod().orElseThrow().getName();
    ftp = FtpClient.connect(server.config().build());
    dir = RemotePaths.join(server.home(), name);
    ftp.createDirectories(dir);
    serverDir = server.localHome().resolve(name);
  }

  @AfterEach
  void close() {
    if (ftp != null) {
      ftp.close();
    }
  }

  String path(String name) {
    return RemotePaths.join(dir, name);
  }

  static byte[] randomBytes(int size) {
    byte[] bytes = new byte[size];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  void put(String name, byte[] content) throws IOException {
    try (OutputStream out = ftp.store(path(name))) {
      out.write(content);
    }
  }

  @Test
  void logsInAndAnswers() throws IOException {
    assertTrue(ftp.isOpen());
    ftp.noop();
    assertTrue(ftp.workingDirectory().startsWith("/"));
    ftp.changeWorkingDirectory(dir);
    assertEquals(RemotePaths.stripTrailingSlashes(dir), ftp.workingDirectory());
    ftp.changeToParentDirectory();
    assertEquals(RemotePaths.parent(dir), ftp.workingDirectory());
  }

  @Test
  void refusesAWrongPasswordWithTheServersReply() {
    FtpClientConfig config = server.config().credentials(server.wrongCredentials()).build();
    FtpLoginException e = assertThrows(FtpLoginException.class, () -> FtpClient.connect(config));
    assertEquals(530, e.code());
  }

  @Test
  void uploadsAndDownloadsBinaryUnchanged() throws IOException {
    byte[] content = randomBytes(300_000);
    content[10] = '\r';
    content[11] = '\n';
    content[20] = '\n';
    Path source = Files.write(local.resolve("source.bin"), content);
    TransferResult up = ftp.upload(source, path("data.bin"));
    assertEquals(content.length, up.fileSize());
    assertArrayEquals(content, Files.readAllBytes(serverDir.resolve("data.bin")));

    Path copy = local.resolve("copy.bin");
    TransferResult down = ftp.download(path("data.bin"), copy);
    assertEquals(0, down.startOffset());
    assertEquals(content.length, down.bytesTransferred());
    assertArrayEquals(content, Files.readAllBytes(copy));
  }

  @Test
  void streamsCheckTheFinalReply() throws IOException {
    byte[] content = randomBytes(70_000);
    try (FtpOutputStream out = ftp.store(path("s.bin"))) {
      out.write(content, 0, 1000);
      out.write(content, 1000, content.length - 1000);
      assertEquals(content.length, out.bytesTransferred());
    }
    try (FtpInputStream in = ftp.retrieve(path("s.bin"))) {
      assertArrayEquals(content, in.readAllBytes());
    }
    // Reading exactly the file's bytes, without seeing the end, must not need an abort.
    try (FtpInputStream in = ftp.retrieve(path("s.bin"))) {
      assertArrayEquals(content, in.readNBytes(content.length));
    }
    ftp.noop();
  }

  @Test
  void listsFilesAndDirectories() throws IOException {
    assertListing();
  }

  @Test
  void listsWithListDialectsToo() throws IOException {
    ftp.preferList(true);
    assertListing();
  }

  void assertListing() throws IOException {
    put("file.txt", "hello".getBytes(StandardCharsets.UTF_8));
    ftp.createDirectory(path("sub"));
    Map<String, RemoteFile> byName =
        ftp.list(dir).stream().collect(Collectors.toMap(RemoteFile::name, Function.identity()));
    assertEquals(List.of("file.txt", "sub"), byName.keySet().stream().sorted().toList());
    RemoteFile file = byName.get("file.txt");
    assertTrue(file.isFile(), file.toString());
    assertEquals(5, file.size().orElseThrow());
    assertEquals(path("file.txt"), file.path());
    Instant onDisk = Files.getLastModifiedTime(serverDir.resolve("file.txt")).toInstant();
    assertTrue(
        file.modified().orElseThrow().covers(onDisk)
            || Duration.between(file.modified().orElseThrow().instant(), onDisk).abs().toMinutes()
                < 1,
        file.modified() + " vs " + onDisk);
    assertTrue(byName.get("sub").isDirectory());
    assertTrue(ftp.list(path("sub")).isEmpty());
  }

  @Test
  void listsNames() throws IOException {
    put("a.txt", new byte[] {1});
    put("b.txt", new byte[] {2});
    List<String> names =
        ftp.listNames(dir).stream().map(RemotePaths::name).sorted().toList();
    assertEquals(List.of("a.txt", "b.txt"), names);
  }

  @Test
  void describesFilesAndDirectories() throws IOException {
    put("f.bin", new byte[1234]);
    put(".hidden", new byte[7]);
    ftp.createDirectory(path("d"));
    RemoteFile file = ftp.stat(path("f.bin"));
    assertTrue(file.isFile());
    assertEquals(1234, file.size().orElseThrow());
    assertTrue(ftp.stat(path("d")).isDirectory());
    assertTrue(ftp.stat(dir).isDirectory());
    assertTrue(ftp.exists(path(".hidden")));
    assertFalse(ftp.exists(path("missing")));
    assertThrows(FtpNotFoundException.class, () -> ftp.stat(path("missing")));
    assertEquals(1234, ftp.size(path("f.bin")));
  }

  @Test
  void readsAndSetsModificationTimes() throws IOException {
    put("t.txt", new byte[] {1, 2, 3});
    Instant onDisk = Files.getLastModifiedTime(serverDir.resolve("t.txt")).toInstant();
    // MDTM states seconds or finer (MINA gives milliseconds); compare what every server states.
    assertEquals(
        onDisk.truncatedTo(ChronoUnit.SECONDS),
        ftp.modificationTime(path("t.txt")).truncatedTo(ChronoUnit.SECONDS));

    Instant past = Instant.parse("2020-02-29T12:34:56Z");
    ftp.setModificationTime(path("t.txt"), past);
    assertEquals(past, ftp.modificationTime(path("t.txt")).truncatedTo(ChronoUnit.SECONDS));
    assertEquals(past, Files.getLastModifiedTime(serverDir.resolve("t.txt")).toInstant());
  }

  @Test
  void preservesModificationTimesBothWays() throws IOException {
    Instant then = Instant.parse("2019-07-20T20:17:40Z");
    Path source = Files.write(local.resolve("up.txt"), new byte[] {42});
    Files.setLastModifiedTime(source, FileTime.from(then));
    TransferOptions preserve = TransferOptions.defaults().withPreservedModificationTime(true);
    ftp.upload(source, path("up.txt"), preserve);
    assertEquals(then, Files.getLastModifiedTime(serverDir.resolve("up.txt")).toInstant());

    Path copy = local.resolve("down.txt");
    ftp.download(path("up.txt"), copy, preserve);
    assertEquals(then, Files.getLastModifiedTime(copy).toInstant());
  }

  @Test
  void createsAndDeletesDirectoryTrees() throws IOException {
    ftp.createDirectories(path("a/b/c"));
    ftp.createDirectories(path("a/b/c"));
    assertTrue(Files.isDirectory(serverDir.resolve("a/b/c")));
    put("a/b/c/deep.txt", new byte[] {1});
    put("a/top.txt", new byte[] {2});
    ftp.deleteRecursively(path("a"));
    assertFalse(Files.exists(serverDir.resolve("a")));
    assertThrows(FtpNotFoundException.class, () -> ftp.deleteRecursively(path("a")));
  }

  @Test
  void renamesAndDeletes() throws IOException {
    put("old.txt", new byte[] {1});
    ftp.rename(path("old.txt"), path("new.txt"));
    assertTrue(Files.exists(serverDir.resolve("new.txt")));
    assertFalse(Files.exists(serverDir.resolve("old.txt")));
    ftp.delete(path("new.txt"));
    assertFalse(Files.exists(serverDir.resolve("new.txt")));
    ftp.createDirectory(path("empty"));
    ftp.deleteDirectory(path("empty"));
    assertFalse(Files.exists(serverDir.resolve("empty")));
  }

  @Test
  void refusalsAreTypedAndLeaveTheSessionUsable() throws IOException {
    String missing = path("missing.txt");
    assertEquals(550, assertThrows(FtpNotFoundException.class, () -> ftp.retrieve(missing)).code());
    assertThrows(FtpNotFoundException.class, () -> ftp.delete(missing));
    assertThrows(FtpNotFoundException.class, () -> ftp.size(missing));
    assertThrows(FtpNotFoundException.class, () -> ftp.modificationTime(missing));
    assertThrows(FtpNotFoundException.class, () -> ftp.rename(missing, path("x")));
    assertThrows(FtpNotFoundException.class, () -> ftp.changeWorkingDirectory(missing));
    assertThrows(
        FtpNotFoundException.class, () -> ftp.download(missing, local.resolve("never")));
    FtpReplyException mkd = assertThrows(FtpReplyException.class, () -> ftp.createDirectory(dir));
    assertTrue(mkd.reply().code().category().isNegative());
    assertTrue(mkd.command().isPresent());
    ftp.noop();
    assertTrue(ftp.list(dir).isEmpty());
  }

  @Test
  void resumesADownload() throws IOException {
    byte[] content = randomBytes(200_000);
    put("big.bin", content);
    Path partial = Files.write(local.resolve("big.bin"), Arrays.copyOf(content, 70_000));
    TransferResult result =
        ftp.download(path("big.bin"), partial, TransferOptions.defaults().withResume(true));
    assertEquals(70_000, result.startOffset());
    assertEquals(130_000, result.bytesTransferred());
    assertArrayEquals(content, Files.readAllBytes(partial));
    // Already complete: nothing to move.
    assertEquals(
        0,
        ftp.download(path("big.bin"), partial, TransferOptions.defaults().withResume(true))
            .bytesTransferred());
  }

  @Test
  void resumesAnUpload() throws IOException {
    byte[] content = randomBytes(200_000);
    put("up.bin", Arrays.copyOf(content, 50_000));
    Path source = Files.write(local.resolve("up.bin"), content);
    TransferResult result =
        ftp.upload(source, path("up.bin"), TransferOptions.defaults().withResume(true));
    assertEquals(50_000, result.startOffset());
    assertEquals(150_000, result.bytesTransferred());
    assertArrayEquals(content, Files.readAllBytes(serverDir.resolve("up.bin")));
  }

  @Test
  void retrievesFromAnOffsetAndAppends() throws IOException {
    put("log.txt", "abc".getBytes(StandardCharsets.US_ASCII));
    try (OutputStream out = ftp.append(path("log.txt"), TransferOptions.defaults())) {
      out.write("def".getBytes(StandardCharsets.US_ASCII));
    }
    assertEquals("abcdef", Files.readString(serverDir.resolve("log.txt")));
    try (InputStream in = ftp.retrieve(path("log.txt"), 2, TransferOptions.defaults())) {
      assertEquals("cdef", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
    }
  }

  @Test
  void abortsADownloadAndStaysInStep() throws IOException {
    Files.write(serverDir.resolve("huge.bin"), randomBytes(16 << 20));
    FtpInputStream in = ftp.retrieve(path("huge.bin"));
    assertEquals(65_536, in.readNBytes(65_536).length);
    in.abort();
    assertThrows(IOException.class, in::read);
    assertEquals(List.of("huge.bin"), ftp.list(dir).stream().map(RemoteFile::name).toList());

    try (FtpInputStream again = ftp.retrieve(path("huge.bin"))) {
      again.readNBytes(10_000); // closing early aborts too
    }
    ftp.noop();
    assertEquals(16 << 20, ftp.size(path("huge.bin")));
  }

  @Test
  void abortsAnUpload() throws IOException {
    FtpOutputStream out = ftp.store(path("partial.bin"));
    out.write(randomBytes(100_000));
    out.abort();
    ftp.noop();
    assertTrue(ftp.exists(dir));
  }

  @Test
  void convertsLineEndsInAsciiType() throws IOException {
    TransferOptions ascii = TransferOptions.defaults().withType(RepresentationType.ASCII);
    try (OutputStream out = ftp.store(path("unix.txt"), 0, ascii)) {
      out.write("one\ntwo\n".getBytes(StandardCharsets.US_ASCII));
    }
    assertEquals("one\ntwo\n", Files.readString(serverDir.resolve("unix.txt")));
    try (InputStream in = ftp.retrieve(path("unix.txt"), 0, ascii)) {
      String expected = "one" + System.lineSeparator() + "two" + System.lineSeparator();
      assertEquals(expected, new String(in.readAllBytes(), StandardCharsets.US_ASCII));
    }
    assertEquals(8, ftp.size(path("unix.txt"))); // SIZE in binary type: the file's own size
  }

  @Test
  void transfersInActiveMode() throws IOException {
    FtpClientConfig active =
        server.config().dataConnectionMode(DataConnectionMode.active()).build();
    try (FtpSession session = FtpClient.connect(active)) {
      byte[] content = randomBytes(100_000);
      Path source = Files.write(local.resolve("a.bin"), content);
      session.upload(source, path("active.bin"));
      assertArrayEquals(content, Files.readAllBytes(serverDir.resolve("active.bin")));
      assertEquals(List.of("active.bin"), session.list(dir).stream().map(RemoteFile::name).toList());
      Path copy = local.resolve("b.bin");
      session.download(path("active.bin"), copy);
      assertArrayEquals(content, Files.readAllBytes(copy));
    }
  }

  @Test
  void keepsTheControlConnectionAliveDuringTransfers() throws IOException {
    byte[] content = randomBytes(2 << 20);
    Files.write(serverDir.resolve("long.bin"), content);
    // Every clock read is a second later: a NOOP goes out on nearly every read and write.
    FtpClientConfig config =
        server
            .config()
            .keepAliveInterval(Duration.ofSeconds(1))
            .clock(new SteppingClock(Duration.ofSeconds(1)))
            .build();
    try (FtpSession session = FtpClient.connect(config)) {
      Path copy = local.resolve("long.bin");
      session.download(path("long.bin"), copy);
      assertArrayEquals(content, Files.readAllBytes(copy));
      session.upload(copy, path("long2.bin"));
      assertArrayEquals(content, Files.readAllBytes(serverDir.resolve("long2.bin")));
      assertEquals(2, session.list(dir).size());
    }
  }

  @Test
  void reportsProgress() throws IOException {
    byte[] content = randomBytes(1 << 20);
    Files.write(serverDir.resolve("p.bin"), content);
    FtpClientConfig config =
        server.config().clock(new SteppingClock(Duration.ofMillis(50))).build();
    List<TransferProgress> reports = new ArrayList<>();
    try (FtpSession session = FtpClient.connect(config)) {
      session.download(
          path("p.bin"),
          local.resolve("p.bin"),
          TransferOptions.defaults().withListener(reports::add));
    }
    assertTrue(reports.size() > 2, reports.toString());
    TransferProgress last = reports.get(reports.size() - 1);
    assertTrue(last.done());
    assertEquals(content.length, last.bytesTransferred());
    assertEquals(content.length, last.totalBytes().orElseThrow());
    TransferProgress first = reports.get(0);
    assertTrue(first.bytesPerSecond() > 0);
    assertTrue(first.remaining().isPresent());
  }

  @Test
  void refusesOtherCommandsWhileATransferIsOpen() throws IOException {
    try (FtpOutputStream out = ftp.store(path("busy.bin"))) {
      out.write(1);
      assertThrows(IllegalStateException.class, ftp::noop);
    }
    ftp.noop();
  }

  @Test
  void changesPermissionsWhereTheServerCan() throws IOException {
    put("mode.txt", new byte[] {1});
    if (hasSiteChmod()) {
      ftp.chmod(path("mode.txt"), 0640);
      assertEquals(
          "rw-r-----",
          PosixFilePermissions.toString(
              Files.getPosixFilePermissions(serverDir.resolve("mode.txt"))));
    } else {
      assertThrows(FtpReplyException.class, () -> ftp.chmod(path("mode.txt"), 0640));
    }
  }

  @Test
  void verifiesWithTheServersChecksumWhenOffered() throws IOException {
    Path source = Files.write(local.resolve("v.bin"), randomBytes(50_000));
    TransferResult result = ftp.upload(source, path("v.bin"));
    if (ftp.checksumAlgorithms().isEmpty()) {
      assertTrue(result.verifiedWith().isEmpty());
      TransferOptions required = TransferOptions.defaults().withVerification(Verification.REQUIRED);
      assertThrows(FtpException.class, () -> ftp.upload(source, path("v2.bin"), required));
    } else {
      assertTrue(result.verifiedWith().isPresent(), result.toString());
      for (var algorithm : ftp.checksumAlgorithms()) {
        var digest = algorithm.newMessageDigest();
        digest.update(Files.readAllBytes(source));
        String expected = java.util.HexFormat.of().formatHex(digest.digest());
        assertTrue(Checksums.same(expected, ftp.checksum(path("v.bin"), algorithm)), algorithm.toString());
      }
    }
  }

  @Test
  void compressesWithModeZWhereOffered() throws IOException {
    // Hexadecimal text deflates about 2:1. Not more: ProFTPD 1.3.8's mod_deflate fails uploads
    // that inflate far beyond their size ("451 Input/output error"), whoever the client; and it
    // takes seconds to confirm a compressed upload (Python's ftplib waits as long), so it is small.
    String text = java.util.HexFormat.of().formatHex(randomBytes(40_000)).replaceAll("(.{64})", "$1\n");
    TransferOptions deflate = TransferOptions.defaults().withCompression(true);
    Path source = Files.writeString(local.resolve("z.txt"), text);
    ftp.upload(source, path("z.txt"), deflate);
    assertEquals(text, Files.readString(serverDir.resolve("z.txt")));
    assertEquals(ftp.offersModeZ(), ftp.mode() == TransmissionMode.DEFLATE);
    Path copy = local.resolve("copy.txt");
    ftp.download(path("z.txt"), copy, deflate);
    assertEquals(text, Files.readString(copy));
    try (InputStream in = ftp.retrieve(path("z.txt"), 100, deflate)) {
      assertEquals(text.substring(100), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    assertEquals(1, ftp.list(dir).size()); // back in stream mode for the listing
    assertEquals(TransmissionMode.STREAM, ftp.mode());
  }

  @Test
  void mirrorsDirectoryTreesBothWays() throws IOException {
    Path tree = Files.createDirectories(local.resolve("tree/a/b"));
    Files.writeString(tree.resolve("two.txt"), "22");
    Files.writeString(local.resolve("tree/a/one.txt"), "1");
    Files.writeString(local.resolve("tree/three.txt"), "333");
    Files.createDirectories(local.resolve("tree/empty"));
    MirrorOptions newer = MirrorOptions.defaults().withPolicy(MirrorOptions.Policy.NEWER);
    try (FtpSessionPool pool = FtpSessionPool.create(server.config().build(), 3)) {
      TreeResult up = pool.uploadTree(local.resolve("tree"), path("up"), MirrorOptions.defaults());
      assertEquals(new TreeResult(3, 0, 0, 6), up);
      assertEquals("22", Files.readString(serverDir.resolve("up/a/b/two.txt")));
      assertTrue(Files.isDirectory(serverDir.resolve("up/empty")));
      assertEquals(new TreeResult(0, 3, 0, 0), pool.uploadTree(local.resolve("tree"), path("up"), newer));

      Files.writeString(local.resolve("tree/three.txt"), "3333");
      Files.delete(local.resolve("tree/a/one.txt"));
      TreeResult mirror =
          pool.uploadTree(local.resolve("tree"), path("up"), newer.withDeleteExtraneous(true));
      assertEquals(new TreeResult(1, 1, 1, 4), mirror);
      assertFalse(Files.exists(serverDir.resolve("up/a/one.txt")));

      Path copy = local.resolve("copy");
      MirrorOptions missing = MirrorOptions.defaults().withPolicy(MirrorOptions.Policy.MISSING);
      assertEquals(new TreeResult(2, 0, 0, 6), pool.downloadTree(path("up"), copy, missing));
      assertEquals("3333", Files.readString(copy.resolve("three.txt")));
      assertTrue(Files.isDirectory(copy.resolve("empty")));
      Files.createDirectories(copy.resolve("stale/deeper"));
      Files.writeString(copy.resolve("stale/deeper/old.txt"), "old");
      TreeResult down = pool.downloadTree(path("up"), copy, missing.withDeleteExtraneous(true));
      assertEquals(new TreeResult(0, 2, 3, 0), down);
      assertFalse(Files.exists(copy.resolve("stale")));
    }
  }

  @Test
  void downloadsInParallelSegments() throws IOException {
    byte[] content = randomBytes((5 << 20) + 12_345);
    Files.write(serverDir.resolve("seg.bin"), content);
    List<TransferProgress> reports = java.util.Collections.synchronizedList(new ArrayList<>());
    try (FtpSessionPool pool = FtpSessionPool.create(server.config().build(), 4)) {
      Path copy = local.resolve("seg.bin");
      TransferResult result =
          pool.download(path("seg.bin"), copy, 4, TransferOptions.defaults().withListener(reports::add));
      assertArrayEquals(content, Files.readAllBytes(copy));
      assertEquals(content.length, result.bytesTransferred());
      TransferProgress last = reports.get(reports.size() - 1);
      assertTrue(last.done());
      assertEquals(content.length, last.bytesTransferred());
    }
  }

  @Test
  void handlesUtf8AndSpacesInNames() throws IOException {
    String name = "été ✓ plan.txt";
    put(name, new byte[] {1, 2});
    assertTrue(Files.exists(serverDir.resolve(name)));
    assertEquals(List.of(name), ftp.list(dir).stream().map(RemoteFile::name).toList());
    assertEquals(2, ftp.stat(path(name)).size().orElseThrow());
  }
}
