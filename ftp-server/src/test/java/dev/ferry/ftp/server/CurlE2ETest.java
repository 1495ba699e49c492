package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.server.BackendServers.Backend;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * curl, a client nobody here wrote, against the server over the memory and the local backend:
 * passive (EPSV, then PASV) and active (EPRT, then PORT), the three {@code --ftp-method}s,
 * listings, resumed transfers and {@code --quote}. Skipped when curl is not installed.
 */
class CurlE2ETest {
  /** curl's exit code for "a quote command returned an error" (curl(1), EXIT CODES). */
  private static final int QUOTE_ERROR = 21;

  @TempDir
  static Path folder;

  private static ExternalTool curl;
  private static BackendServers servers;

  @TempDir
  Path local;

  @BeforeAll
  static void start() throws IOException {
    curl = ExternalTool.require("curl");
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

  @ParameterizedTest
  @EnumSource(Backend.class)
  void uploadAndDownloadOverEpsv(Backend backend) throws Exception {
    roundTrip(servers.get(backend), "epsv.bin");
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void uploadAndDownloadOverPasv(Backend backend) throws Exception {
    roundTrip(servers.get(backend), "pasv.bin", "--disable-epsv");
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void uploadAndDownloadActiveOverEprt(Backend backend) throws Exception {
    roundTrip(servers.get(backend), "eprt.bin", "--ftp-port", "127.0.0.1");
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void uploadAndDownloadActiveOverPort(Backend backend) throws Exception {
    roundTrip(servers.get(backend), "port.bin", "--ftp-port", "127.0.0.1", "--disable-eprt");
  }

  static Stream<Arguments> methods() {
    return Stream.of(Backend.values()).flatMap(backend -> Stream.of("multicwd", "singlecwd",
        "nocwd").map(method -> Arguments.of(backend, method)));
  }

  @ParameterizedTest
  @MethodSource("methods")
  void everyFtpMethodReachesANestedFile(Backend backend, String method) throws Exception {
    TestServer server = servers.get(backend);
    String dir = "/m-" + method;
    server.mkdir(dir);
    server.mkdir(dir + "/deep");
    byte[] content = ("reached with " + method).getBytes(StandardCharsets.UTF_8);
    server.write(dir + "/deep/file.txt", content);
    Path out = local.resolve("file.txt");
    curl(url(server, dir + "/deep/file.txt"), "--ftp-method", method, "-o", out.toString())
        .assertSuccess();
    assertArrayEquals(content, Files.readAllBytes(out));
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aDirectoryUrlListsItAndListOnlyNamesIt(Backend backend) throws Exception {
    TestServer server = servers.get(backend);
    server.mkdir("/listed");
    server.mkdir("/listed/sub");
    server.write("/listed/a.txt", new byte[3]);
    server.write("/listed/b c.txt", new byte[12_345]);
    String long_ = curl(url(server, "/listed/")).assertSuccess().stdout();
    assertTrue(long_.lines().anyMatch(line -> line.startsWith("d") && line.endsWith(" sub")),
        long_);
    assertTrue(long_.lines().anyMatch(line -> line.contains(" 12345 ")
        && line.endsWith(" b c.txt")), long_);
    String names = curl(url(server, "/listed/"), "--list-only").assertSuccess().stdout();
    assertEquals(Set.of("a.txt", "b c.txt", "sub"), names.lines().collect(Collectors.toSet()));
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void anInterruptedDownloadResumesWithRest(Backend backend) throws Exception {
    TestServer server = servers.get(backend);
    byte[] content = random(200_000, 7);
    server.write("/resume-get.bin", content);
    Path out = local.resolve("resume-get.bin");
    // Garbage in the part already "downloaded" proves that curl asked for the rest only.
    byte[] partial = new byte[80_000];
    Arrays.fill(partial, (byte) 'x');
    Files.write(out, partial);
    curl(url(server, "/resume-get.bin"), "-C", "-", "-o", out.toString()).assertSuccess();
    byte[] got = Files.readAllBytes(out);
    assertEquals(content.length, got.length);
    assertArrayEquals(Arrays.copyOfRange(content, 80_000, content.length),
        Arrays.copyOfRange(got, 80_000, got.length));
    assertEquals('x', got[79_999]);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aResumedUploadEndsWithTheWholeFile(Backend backend) throws Exception {
    TestServer server = servers.get(backend);
    byte[] content = random(100_000, 8);
    server.write("/resume-put.bin", Arrays.copyOf(content, 50_000));
    Path in = local.resolve("resume-put.bin");
    Files.write(in, content);
    // curl asks SIZE for the offset and sends the rest with APPE; while the server has no SIZE,
    // curl(1) takes the remote size as unknown and sends the whole file with STOR.
    curl(url(server, "/resume-put.bin"), "-C", "-", "-T", in.toString()).assertSuccess();
    assertArrayEquals(content, server.read("/resume-put.bin"));
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void quotedCommandsRunAndAnUnknownOneFails(Backend backend) throws Exception {
    TestServer server = servers.get(backend);
    server.write("/quoted.txt", "q".getBytes(StandardCharsets.US_ASCII));
    curl(url(server, "/quoted.txt"), "--quote", "NOOP", "--quote", "-SYST", "-o",
        local.resolve("q").toString()).assertSuccess();
    ExternalTool.Result unknown = curl(url(server, "/"), "--quote", "XYZZY");
    assertEquals(QUOTE_ERROR, unknown.exitCode(), unknown.describe());
    assertTrue(unknown.stderr().contains("502"), unknown.describe());
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aQuotedDeleteDeletesOrIsRefused(Backend backend) throws Exception {
    TestServer server = servers.get(backend);
    server.write("/doomed.txt", "d".getBytes(StandardCharsets.US_ASCII));
    ExternalTool.Result result = curl(url(server, "/"), "--quote", "DELE doomed.txt");
    boolean exists = exists(server, "/doomed.txt");
    if (ServerVerbs.implemented(server, "DELE")) {
      result.assertSuccess();
      assertFalse(exists);
    } else {
      assertEquals(QUOTE_ERROR, result.exitCode(), result.describe());
      assertTrue(exists);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aWrongPasswordIsALoginFailure(Backend backend) throws Exception {
    TestServer server = servers.get(backend);
    ExternalTool.Result result = curl("ftp://alice:wrong@127.0.0.1:" + server.port() + "/");
    // curl(1): 67, "the user name, password, or similar was not accepted".
    assertEquals(67, result.exitCode(), result.describe());
  }

  private void roundTrip(TestServer server, String name, String... options) throws Exception {
    byte[] content = random(300_000, name.hashCode());
    Path in = local.resolve("in-" + name);
    Files.write(in, content);
    List<String> upload = new ArrayList<>(List.of(options));
    upload.addAll(List.of("-T", in.toString(), url(server, "/" + name)));
    curl(upload.toArray(String[]::new)).assertSuccess();
    assertArrayEquals(content, server.read("/" + name));

    Path out = local.resolve("out-" + name);
    List<String> download = new ArrayList<>(List.of(options));
    download.addAll(List.of("-o", out.toString(), url(server, "/" + name)));
    curl(download.toArray(String[]::new)).assertSuccess();
    assertArrayEquals(content, Files.readAllBytes(out));
  }

  private static ExternalTool.Result curl(String... arguments) throws Exception {
    List<String> all = new ArrayList<>(List.of("-sS", "--connect-timeout", "5", "--max-time",
        "20"));
    all.addAll(List.of(arguments));
    return curl.run(java.time.Duration.ofSeconds(30), all);
  }

  private static String url(TestServer server, String path) {
    return "ftp://alice:" + TestServer.PASSWORD + "@127.0.0.1:" + server.port() + path;
  }

  static boolean exists(TestServer server, String path) {
    try {
      server.files().stat(VirtualPath.of(path));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static byte[] random(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }
}
