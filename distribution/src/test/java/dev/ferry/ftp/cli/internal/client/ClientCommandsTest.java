package dev.ferry.ftp.cli.internal.client;

import static dev.ferry.ftp.cli.internal.client.TestFtpServer.ferry;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.cli.internal.client.TestFtpServer.Result;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every client command against Ferry's own server, over real sockets, in this process. */
class ClientCommandsTest {
  @TempDir static Path served;
  @TempDir Path local;

  private static TestFtpServer server;

  @BeforeAll
  static void start() throws IOException {
    server = TestFtpServer.serve(served);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static byte[] data(int size) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (i * 31 + i / 251);
    }
    return bytes;
  }

  @Test
  void lsListsLongAndShort() throws IOException {
    Path dir = Files.createDirectories(served.resolve("ls/sub"));
    Files.writeString(dir.getParent().resolve("b.txt"), "hello");
    Files.writeString(dir.getParent().resolve("a.txt"), "hi");

    Result names = ferry("ls", "-1", server.url("ls/"));
    assertEquals(0, names.exitCode(), names.err());
    assertEquals("a.txt\nb.txt\nsub\n", names.out().replace("\r\n", "\n"));

    Result typeD = ferry("ls", server.url("ls;type=d"));
    assertEquals("a.txt\nb.txt\nsub\n", typeD.out().replace("\r\n", "\n"));

    Result long_ = ferry("ls", server.url("ls"));
    assertEquals(0, long_.exitCode(), long_.err());
    String[] lines = long_.out().split("\\R");
    assertEquals(3, lines.length, long_.out());
    assertTrue(lines[0].matches("-\\S{9} +2 \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d a\\.txt"), lines[0]);
    assertTrue(lines[2].startsWith("d"), lines[2]);
    assertTrue(lines[2].endsWith(" sub"), lines[2]);

    Result file = ferry("ls", server.url("ls/b.txt"));
    assertTrue(file.out().matches("-\\S{9} +5 .* b\\.txt\\R"), file.out());
  }

  @Test
  void getDownloadsIntoAFileOrADirectory() throws IOException {
    byte[] content = data(200_000);
    Files.write(served.resolve("get.bin"), content);

    Result intoDir = ferry("get", "--progress=lines", server.url("get.bin"), local.toString());
    assertEquals(0, intoDir.exitCode(), intoDir.err());
    assertArrayEquals(content, Files.readAllBytes(local.resolve("get.bin")));
    assertEquals("", intoDir.out());
    assertTrue(intoDir.err().matches("downloaded get\\.bin \\(200000 bytes, \\d+:\\d\\d, .*/s\\)\\R"), intoDir.err());

    Path named = local.resolve("copy.bin");
    Result quiet = ferry("get", "-q", "-p", server.url("get.bin"), named.toString());
    assertEquals(0, quiet.exitCode(), quiet.err());
    assertEquals("", quiet.err());
    assertArrayEquals(content, Files.readAllBytes(named));
    assertEquals(
        Files.getLastModifiedTime(served.resolve("get.bin")).toInstant().getEpochSecond(),
        Files.getLastModifiedTime(named).toInstant().getEpochSecond());
  }

  @Test
  void getResumesAPartialCopy() throws IOException {
    byte[] content = data(100_000);
    Files.write(served.resolve("resume-get.bin"), content);
    Path partial = local.resolve("resume-get.bin");
    Files.write(partial, Arrays.copyOf(content, 30_000));

    Result result = ferry("get", "-c", "--progress=lines", server.url("resume-get.bin"), partial.toString());
    assertEquals(0, result.exitCode(), result.err());
    assertArrayEquals(content, Files.readAllBytes(partial));
    assertTrue(result.err().contains("(70000 bytes, resumed at 30000,"), result.err());
  }

  @Test
  void putUploadsAndResumes() throws IOException {
    byte[] content = data(150_000);
    Path file = Files.write(local.resolve("put.bin"), content);
    Files.createDirectories(served.resolve("incoming"));

    Result intoDir = ferry("put", "--progress=none", file.toString(), server.url("incoming"));
    assertEquals(0, intoDir.exitCode(), intoDir.err());
    assertArrayEquals(content, Files.readAllBytes(served.resolve("incoming/put.bin")));

    Result slash = ferry("put", "-q", file.toString(), server.url("incoming/new/"));
    assertEquals(ExitCodes.REMOTE_NOT_FOUND, slash.exitCode(), slash.err());

    Files.write(served.resolve("partial.bin"), Arrays.copyOf(content, 50_000));
    Result resumed = ferry("put", "-c", "--progress=lines", file.toString(), server.url("partial.bin"));
    assertEquals(0, resumed.exitCode(), resumed.err());
    assertArrayEquals(content, Files.readAllBytes(served.resolve("partial.bin")));
    assertTrue(resumed.err().startsWith("uploaded partial.bin (100000 bytes, resumed at 50000,"), resumed.err());
  }

  @Test
  void mkdirMvAndRm() throws IOException {
    assertEquals(0, ferry("mkdir", server.url("tree")).exitCode());
    Result exists = ferry("mkdir", server.url("tree"));
    assertEquals(ExitCodes.REMOTE_FAILED, exists.exitCode(), exists.err());
    assertEquals(0, ferry("mkdir", "-p", server.url("tree/a/b")).exitCode());
    assertTrue(Files.isDirectory(served.resolve("tree/a/b")));

    Files.writeString(served.resolve("tree/a/b/old.txt"), "x");
    Result mv = ferry("mv", server.url("tree/a/b/old.txt"), "new.txt");
    assertEquals(0, mv.exitCode(), mv.err());
    assertTrue(Files.exists(served.resolve("tree/a/b/new.txt")));
    assertEquals(0, ferry("mv", server.url("tree/a/b/new.txt"), "/tree/moved.txt").exitCode());
    assertTrue(Files.exists(served.resolve("tree/moved.txt")));

    assertEquals(0, ferry("rm", server.url("tree/moved.txt")).exitCode());
    assertFalse(Files.exists(served.resolve("tree/moved.txt")));
    Result notEmpty = ferry("rm", server.url("tree/a"));
    assertEquals(ExitCodes.REMOTE_FAILED, notEmpty.exitCode(), notEmpty.err());
    assertEquals(0, ferry("rm", server.url("tree/a/b")).exitCode());
    assertEquals(0, ferry("mkdir", "-p", server.url("tree/a/c")).exitCode());
    assertEquals(0, ferry("rm", "-r", server.url("tree")).exitCode());
    assertFalse(Files.exists(served.resolve("tree")));

    Result root = ferry("rm", "-r", server.url(""));
    assertEquals(ExitCodes.USAGE, root.exitCode());
    assertTrue(root.err().startsWith("ferry rm: refusing to delete the login directory"), root.err());
  }

  @Test
  void missingFilesAreExitCodeSix() throws IOException {
    Result get = ferry("get", server.url("no/such/file"), local.toString());
    assertEquals(ExitCodes.REMOTE_NOT_FOUND, get.exitCode(), get.err());
    assertTrue(get.err().startsWith("ferry get: "), get.err());
    assertFalse(Files.exists(local.resolve("file")), "no empty file left behind");
    assertEquals(ExitCodes.REMOTE_NOT_FOUND, ferry("ls", server.url("nothing-here")).exitCode());
    assertEquals(ExitCodes.REMOTE_NOT_FOUND, ferry("rm", server.url("nothing-here")).exitCode());
    assertEquals(ExitCodes.REMOTE_NOT_FOUND, ferry("mv", server.url("nothing-here"), "x").exitCode());
  }

  @Test
  void aMissingLocalFileIsExitCodeEight() {
    Result put = ferry("put", local.resolve("absent.txt").toString(), server.url("absent.txt"));
    assertEquals(ExitCodes.LOCAL_IO, put.exitCode(), put.err());
    assertTrue(put.err().contains("no such local file"), put.err());
    Result dir = ferry("put", local.toString(), server.url("x"));
    assertEquals(ExitCodes.LOCAL_IO, dir.exitCode(), dir.err());
  }

  @Test
  void aReadOnlyUserIsRefusedWithExitCodeSeven() throws IOException {
    Path file = Files.writeString(local.resolve("ro.txt"), "nope");
    String url = "ftp://reader:read@127.0.0.1:" + server.port() + "/ro.txt";
    Result put = ferry("put", file.toString(), url);
    assertEquals(ExitCodes.PERMISSION, put.exitCode(), put.err());
    assertFalse(Files.exists(served.resolve("ro.txt")));
  }

  @Test
  void aWrongPasswordIsExitCodeFive() {
    String url = "ftp://alice:wrong@127.0.0.1:" + server.port() + "/";
    Result result = ferry("ls", url);
    assertEquals(ExitCodes.LOGIN, result.exitCode(), result.err());
    assertTrue(result.err().startsWith("ferry ls: login refused: "), result.err());
    assertFalse(result.err().contains("wrong"), result.err());
  }

  @Test
  void anUnreachableServerIsExitCodeThree() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Result result = ferry("ls", "--connect-timeout=5s", "ftp://127.0.0.1:" + closedPort + "/");
    assertEquals(ExitCodes.CONNECTION, result.exitCode(), result.err());
    assertTrue(result.err().startsWith("ferry ls: cannot connect: "), result.err());
  }

  @Test
  void badUrlsAndOptionsAreUsageErrors() {
    for (String url : new String[] {"http://host/x", "host/x", "ftp://host:99999/", "ftp://[::1/"}) {
      Result result = ferry("ls", url);
      assertEquals(ExitCodes.USAGE, result.exitCode(), url);
      assertTrue(result.err().contains("Usage: ferry ls"), result.err());
    }
    assertEquals(ExitCodes.USAGE, ferry("ls", "--timeout=soon", server.url("")).exitCode());
    assertEquals(ExitCodes.USAGE, ferry("ls", "--active", "--passive", server.url("")).exitCode());
    assertEquals(ExitCodes.USAGE, ferry("get", server.url("")).exitCode());
    assertEquals(ExitCodes.USAGE, ferry("mv", server.url("a"), "").exitCode());
  }

  @Test
  void verboseShowsTheDialogueWithoutThePassword() {
    Result result = ferry("ls", "-v", "--active", "--timeout=30", "--data-timeout=1m", server.url(""));
    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.err().contains("USER alice"), result.err());
    assertTrue(result.err().contains("PASS"), result.err());
    assertFalse(result.err().contains("secret"), result.err());
    assertTrue(result.err().contains("EPRT") || result.err().contains("PORT"), result.err());

    Result after = ferry("ls", server.url(""));
    assertFalse(after.err().contains("USER alice"), "the transcript ends with its command");
  }

  @Test
  void asciiTypeConvertsLineEnds() throws IOException {
    Files.write(served.resolve("text.txt"), "one\r\ntwo\r\n".getBytes(StandardCharsets.US_ASCII));
    Result result = ferry("get", "-q", server.url("text.txt;type=a"), local.toString());
    assertEquals(0, result.exitCode(), result.err());
    assertEquals("one" + System.lineSeparator() + "two" + System.lineSeparator(),
        Files.readString(local.resolve("text.txt")));
  }
}
