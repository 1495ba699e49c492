package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.server.BackendServers.Backend;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * lftp, a client nobody here wrote, against the server over the memory and the local backend,
 * passive and active: put, get, ls, cls, mirror. lftp retries forever by default; the settings
 * below make it give up at once, and the process has a hard time limit. Skipped when lftp is not
 * installed.
 */
class LftpE2ETest {
  private static final String SETTINGS = "set cmd:fail-exit yes; set net:max-retries 1; "
      + "set net:timeout 10; set net:reconnect-interval-base 1; set ftp:ssl-allow no; "
      + "set xfer:clobber on; set cmd:interactive no; ";

  @TempDir
  static Path folder;

  private static ExternalTool lftp;
  private static BackendServers servers;

  @TempDir
  Path local;

  @BeforeAll
  static void start() throws IOException {
    lftp = ExternalTool.require("lftp");
    servers = BackendServers.start(folder, builder -> {});
  }

  @AfterEach
  void noLeaks() throws InterruptedException {
    servers.assertIdle();
  }

  @AfterAll
  static void stop() throws IOException {
    if (servers != null) {
      servers.close();
    }
  }

  static Stream<Arguments> modes() {
    return Stream.of(Backend.values()).flatMap(backend -> Stream.of(true, false)
        .map(passive -> Arguments.of(backend, passive)));
  }

  @ParameterizedTest(name = "{0}, passive {1}")
  @MethodSource("modes")
  void putGetListAndMirror(Backend backend, boolean passive) throws Exception {
    TestServer server = servers.get(backend);
    String tag = backend + "-" + passive;
    byte[] content = CurlE2ETest.random(400_000, tag.hashCode());
    Path upload = Files.write(local.resolve("up.bin"), content);
    String tree = "/tree-" + tag;
    server.mkdir(tree);
    server.mkdir(tree + "/inner");
    server.write(tree + "/top.txt", "top\n".getBytes(StandardCharsets.US_ASCII));
    server.write(tree + "/inner/leaf.bin", CurlE2ETest.random(70_000, 3));
    Path mirrored = local.resolve("mirror");

    ExternalTool.Result result = lftp(server, "set ftp:passive-mode " + (passive ? "on" : "off")
        + "; put " + upload + " -o up-" + tag + ".bin; get up-" + tag + ".bin -o "
        + local.resolve("down.bin") + "; cd " + tree + "; ls; cls -l; cls -1; mirror "
        + tree + " " + mirrored + "; quit").assertSuccess();

    assertArrayEquals(content, server.read("/up-" + tag + ".bin"));
    assertArrayEquals(content, Files.readAllBytes(local.resolve("down.bin")));
    String out = result.stdout();
    // ls prints the server's LIST lines as they came.
    assertTrue(out.lines().anyMatch(line -> line.startsWith("d") && line.endsWith(" inner")),
        result.describe());
    assertTrue(out.lines().anyMatch(line -> line.contains(" 4 ") && line.endsWith(" top.txt")),
        result.describe());
    // cls -1 prints the names lftp parsed from the listing.
    assertTrue(out.lines().anyMatch(line -> line.equals("inner/")), result.describe());
    assertTrue(out.lines().anyMatch(line -> line.equals("top.txt")), result.describe());
    assertArrayEquals(server.read(tree + "/top.txt"), Files.readAllBytes(mirrored.resolve(
        "top.txt")));
    assertArrayEquals(server.read(tree + "/inner/leaf.bin"), Files.readAllBytes(
        mirrored.resolve("inner/leaf.bin")));
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void listingWithMlsdWhenTheServerHasIt(Backend backend) throws Exception {
    TestServer server = servers.get(backend);
    server.mkdir("/mlsd-dir");
    server.write("/mlsd-dir/f.txt", new byte[42]);
    // lftp uses MLSD only when FEAT lists MLST; otherwise it falls back to LIST. Either way the
    // parsed listing must be right.
    ExternalTool.Result result = lftp(server, "set ftp:use-mlsd on; cls -l --block-size=1 "
        + "mlsd-dir; quit").assertSuccess();
    assertTrue(result.stdout().lines().anyMatch(line -> line.contains(" 42 ")
        && line.endsWith("f.txt")), result.describe());
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void mirrorReverseUploadsATree(Backend backend) throws Exception {
    TestServer server = servers.get(backend);
    Assumptions.assumeTrue(ServerVerbs.implemented(server, "MKD"),
        "the server has no MKD yet: mirror -R cannot create directories");
    Path tree = Files.createDirectories(local.resolve("up/sub"));
    Files.writeString(tree.resolve("s.txt"), "sub file");
    lftp(server, "mirror -R " + local.resolve("up") + " /up-" + backend + "; quit")
        .assertSuccess();
    assertArrayEquals("sub file".getBytes(StandardCharsets.US_ASCII),
        server.read("/up-" + backend + "/sub/s.txt"));
  }

  private static ExternalTool.Result lftp(TestServer server, String commands) throws Exception {
    return lftp.run(Duration.ofSeconds(40), List.of("-u", "alice," + TestServer.PASSWORD, "-p",
        String.valueOf(server.port()), "-e", SETTINGS + commands, "127.0.0.1"));
  }
}
