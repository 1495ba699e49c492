package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.server.BackendServers.Backend;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile clients on real sockets: path traversal in every argument position, bounce attempts,
 * over-long lines, binary garbage, floods, half-open connections and clients that vanish in the
 * middle of a transfer. After each: a new session is served, and no session, transfer, data
 * socket, open file handle or process file descriptor is left behind.
 */
class HostileInputE2ETest {
  /** What a traversal would reveal: a file next to the local backend's root. */
  private static final String OUTSIDE = "OUTSIDE-MARKER.txt";
  private static final String SECRET = "TOP SECRET";
  /** A directory next to the root whose name no request mentions: seeing it is a leak. */
  private static final String OUTSIDE_DIR = "OUTSIDE-DIR-7f3a";
  private static final int BIG = 32 * 1024 * 1024;

  /** Every spelling of "up and out" clients and scanners use (CWE-22, RFC 959 §4.1.3). */
  private static final List<String> TRAVERSALS = List.of(
      "..", "../", "../" + OUTSIDE, "/../" + OUTSIDE, "../../../etc/passwd",
      "..\\" + OUTSIDE, "..\\..\\..\\etc\\passwd", "%2e%2e/" + OUTSIDE, "%2e%2e%2f" + OUTSIDE,
      "....//" + OUTSIDE, "sub/../../" + OUTSIDE, "./../" + OUTSIDE, "~/../" + OUTSIDE,
      "-la ../", "../*", OUTSIDE + "\0.txt", "\0", "..\0/" + OUTSIDE,
      "/" + "a/".repeat(5_000), "/.." + "/..".repeat(3_500) + "/etc/passwd");

  /** Commands that take a pathname; those not implemented yet must answer 502 and stay safe. */
  private static final List<String> PATH_COMMANDS = List.of("CWD", "XCWD", "STAT", "SIZE",
      "MDTM", "DELE", "RMD", "XRMD", "MKD", "XMKD", "RNFR", "MLST", "SITE CHMOD 777");
  private static final List<String> DATA_COMMANDS = List.of("RETR", "LIST", "NLST", "MLSD",
      "STOR", "APPE");

  @TempDir
  static Path folder;

  private static BackendServers servers;
  private static Set<Path> outsideBefore;
  private static int descriptorsBefore;

  @BeforeAll
  static void start() throws IOException {
    Files.writeString(folder.resolve(OUTSIDE), SECRET);
    Files.createDirectory(folder.resolve(OUTSIDE_DIR));
    servers = BackendServers.start(folder, builder -> {});
    for (Backend backend : Backend.values()) {
      servers.get(backend).mkdir("/sub");
      servers.get(backend).write("/big.bin", new byte[BIG]);
      servers.get(backend).write("/small.txt", "small".getBytes(StandardCharsets.US_ASCII));
      newSessionWorks(servers.get(backend));
    }
    outsideBefore = outside();
    descriptorsBefore = Descriptors.count();
  }

  @AfterEach
  void noLeaks() throws Exception {
    servers.assertIdle();
    for (Backend backend : Backend.values()) {
      newSessionWorks(servers.get(backend));
    }
    servers.assertIdle();
    assertEquals(outsideBefore, outside(), "something was written outside the home");
    Descriptors.assertAtMost(descriptorsBefore + 16);
  }

  @AfterAll
  static void stop() throws IOException {
    if (servers != null) {
      servers.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void traversalInEveryArgumentPositionStaysInTheHome(Backend backend) throws IOException {
    TestServer server = servers.get(backend);
    try (RawControl control = login(server)) {
      for (String path : TRAVERSALS) {
        for (String verb : PATH_COMMANDS) {
          String reply = control.commandReply(verb + " " + path);
          assertSafe(verb, path, reply);
          if (reply.startsWith("350")) {
            assertSafe("RNTO", path, control.commandReply("RNTO ../moved"));
          }
          String pwd = control.commandReply("PWD");
          assertTrue(pwd.startsWith("257 \"/"), pwd);
          assertEquals(250, control.command("CWD /"));
        }
        for (String verb : DATA_COMMANDS) {
          String seen = dataCommand(control, verb + " " + path);
          assertSafe(verb, path, seen);
        }
      }
      assertEquals(200, control.command("NOOP"));
    }
    if (backend == Backend.LOCAL) {
      assertEquals(SECRET, Files.readString(folder.resolve(OUTSIDE)));
    }
  }

  @Test
  void bounceTargetsAreRefusedAndNeverConnected() throws IOException {
    TestServer server = servers.get(Backend.MEMORY);
    InetAddress other = InetAddress.getByName("127.0.0.2");
    try (ServerSocket trap = new ServerSocket(); RawControl control = login(server)) {
      try {
        trap.bind(new InetSocketAddress(other, 0));
      } catch (IOException e) {
        trap.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      }
      trap.setSoTimeout(200);
      int port = trap.getLocalPort();
      String host = trap.getInetAddress().getHostAddress();
      String hostCommas = host.replace('.', ',');
      List<String> attempts = List.of(
          "PORT " + hostCommas + "," + (port >> 8) + "," + (port & 255),
          "EPRT |1|" + host + "|" + port + "|",
          "PORT 127,0,0,1,0,21", "PORT 127,0,0,1,3,255", "EPRT |1|127.0.0.1|25|",
          "PORT 0,0,0,0," + (port >> 8) + "," + (port & 255),
          "PORT 255,255,255,255,31,144", "PORT 10,0,0,1,31,144", "EPRT |1|192.0.2.7|8080|",
          "EPRT |2|::1|" + port + "|", "EPRT |2|::ffff:192.0.2.7|8080|",
          "PORT 127,0,0,1,256,0", "PORT 127,0,0,1,-1,80", "PORT 127,0,0,1,31",
          "PORT 127,0,0,1,31,144,7", "PORT 1e2,0,0,1,31,144", "EPRT |1|localhost|8080|",
          "EPRT |9|127.0.0.1|8080|", "EPRT |1|127.0.0.1|99999|", "EPRT 1|127.0.0.1|8080",
          "PORT " + "9,".repeat(2_000) + "9");
      for (String attempt : attempts) {
        int code = control.command(attempt);
        assertTrue(code == 501 || code == 504 || code == 522 || code == 500,
            attempt + " -> " + code);
        // With the target refused there is no data setup: the transfer never starts.
        assertEquals(425, control.command("RETR small.txt"), attempt);
        assertNoConnection(trap, attempt);
      }
      assertEquals(200, control.command("NOOP"));
    }
  }

  @Test
  void overlongLinesAndBinaryGarbageAreAnsweredAndTheSessionGoesOn() throws IOException {
    try (RawControl control = login(servers.get(Backend.MEMORY))) {
      // A megabyte without a line end: discarded as it comes, never buffered whole.
      byte[] huge = new byte[1024 * 1024];
      java.util.Arrays.fill(huge, (byte) 'A');
      control.sendBytes(huge);
      control.send("");
      assertEquals(500, control.code());
      assertEquals(200, control.command("NOOP"));
      byte[] garbage = new byte[256 * 1024];
      new Random(42).nextBytes(garbage);
      control.sendBytes(garbage);
      control.send("");
      control.send("SYST");
      int replies = 0;
      for (int code = control.code(); code != 215; code = control.code()) {
        assertTrue(code >= 500 || code == 200, "garbage got " + code);
        assertTrue(++replies < 100_000, "runaway replies");
      }
      assertEquals(200, control.command("NOOP"));
    }
  }

  @Test
  void aPipelinedFloodIsAnsweredInOrderWithoutPilingUpListeners() throws Exception {
    TestServer server = servers.get(Backend.MEMORY);
    int rounds = 500;
    try (RawControl control = login(server)) {
      StringBuilder flood = new StringBuilder();
      for (int i = 0; i < rounds; i++) {
        flood.append("PASV\r\nNOOP\r\nBOGUS").append(i).append("\r\nEPSV\r\nTYPE I\r\n");
      }
      control.sendBytes(flood.toString().getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < rounds; i++) {
        assertEquals(227, control.code());
        assertEquals(200, control.code());
        assertEquals(502, control.code());
        assertEquals(229, control.code());
        assertEquals(200, control.code());
        // Each PASV/EPSV replaces the previous listener: at most one is ever open.
        assertTrue(server.counters().dataSockets() <= 1, server.counters().toString());
      }
    }
  }

  @Test
  void halfOpenConnectionsAreClosedByTheServer() throws IOException {
    TestServer server = servers.get(Backend.MEMORY);
    try (RawControl greeted = new RawControl(server.port())) {
      assertEquals(220, greeted.code());
      greeted.socket().shutdownOutput();
      assertEquals(null, greeted.line());
    }
    try (RawControl partial = login(server)) {
      partial.send("EPSV");
      assertEquals(229, partial.code());
      partial.sendBytes("NOO".getBytes(StandardCharsets.US_ASCII));
      partial.socket().shutdownOutput();
      assertEquals(null, partial.line());
    }
  }

  @Test
  void idleConnectionsAreDroppedAfterTheIdleTimeout() throws Exception {
    try (TestServer server = TestServer.start(builder -> builder.timeouts(
        Timeouts.defaults().withIdle(java.time.Duration.ofMillis(300))))) {
      server.write("/small.txt", "small".getBytes(StandardCharsets.US_ASCII));
      RawControl[] idle = new RawControl[20];
      try {
        for (int i = 0; i < idle.length; i++) {
          idle[i] = i % 2 == 0 ? new RawControl(server.port()) : login(server);
          if (i % 2 == 0) {
            assertEquals(220, idle[i].code());
          } else {
            assertEquals(229, idle[i].command("EPSV"));
          }
        }
        for (RawControl control : idle) {
          assertEquals(421, control.code());
          assertEquals(null, control.line());
        }
      } finally {
        for (RawControl control : idle) {
          if (control != null) {
            control.close();
          }
        }
      }
      server.assertIdle();
      newSessionWorks(server);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aClientThatVanishesDuringRetrLeavesNothingBehind(Backend backend) throws Exception {
    TestServer server = servers.get(backend);
    RawControl control = login(server);
    Socket data = new Socket("127.0.0.1", epsvPort(control));
    assertEquals(150, control.command("RETR big.bin"));
    assertTrue(data.getInputStream().readNBytes(64 * 1024).length > 0);
    reset(data);
    reset(control.socket());
    server.assertIdle();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aClientThatVanishesDuringStorChangesNothing(Backend backend) throws Exception {
    TestServer server = servers.get(backend);
    byte[] old = "the old content".getBytes(StandardCharsets.US_ASCII);
    server.write("/keep.bin", old);
    RawControl control = login(server);
    Socket data = new Socket("127.0.0.1", epsvPort(control));
    assertEquals(150, control.command("STOR keep.bin"));
    OutputStream out = data.getOutputStream();
    for (int i = 0; i < 16; i++) {
      out.write(new byte[64 * 1024]);
    }
    out.flush();
    reset(data);
    reset(control.socket());
    server.assertIdle();
    // RFC 959 gives a broken STOR no effect here: the upload is discarded, the file kept.
    assertArrayEquals(old, server.read("/keep.bin"));
    if (backend == Backend.LOCAL) {
      try (Stream<Path> home = Files.list(folder.resolve("home"))) {
        Set<String> names = home.map(p -> p.getFileName().toString())
            .collect(Collectors.toSet());
        assertTrue(names.stream().allMatch(n -> Set.of("sub", "big.bin", "small.txt",
            "keep.bin").contains(n) || !n.startsWith(".")), "left behind: " + names);
      }
    }
  }

  private static RawControl login(TestServer server) throws IOException {
    RawControl control = new RawControl(server.port());
    assertEquals(220, control.code());
    assertEquals(331, control.command("USER alice"));
    assertEquals(230, control.command("PASS " + TestServer.PASSWORD));
    return control;
  }

  private static void newSessionWorks(TestServer server) throws IOException {
    FTPClient client = server.login();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertTrue(client.retrieveFile("small.txt", out), client.getReplyString());
      assertEquals("small", out.toString(StandardCharsets.US_ASCII));
    } finally {
      TestServer.disconnect(client);
    }
  }

  private static int epsvPort(RawControl control) throws IOException {
    String reply = control.commandReply("EPSV");
    assertTrue(reply.startsWith("229"), reply);
    return Integer.parseInt(reply.replaceAll("(?s).*\\(\\|\\|\\|(\\d+)\\|\\).*", "$1"));
  }

  /** Runs a data command over EPSV; returns the replies and whatever came over the data. */
  private static String dataCommand(RawControl control, String command) throws IOException {
    int port = epsvPort(control);
    try (Socket data = new Socket("127.0.0.1", port)) {
      data.setSoTimeout(10_000);
      String first = control.commandReply(command);
      if (!first.startsWith("150") && !first.startsWith("125")) {
        return first;
      }
      String received = "";
      if (command.startsWith("STOR") || command.startsWith("APPE")) {
        data.getOutputStream().write("evil".getBytes(StandardCharsets.US_ASCII));
        data.shutdownOutput();
      } else {
        InputStream in = data.getInputStream();
        received = new String(in.readNBytes(1024 * 1024), StandardCharsets.ISO_8859_1);
      }
      return first + received + control.reply();
    }
  }

  private static void assertSafe(String verb, String path, String seen) {
    String what = verb + " " + path.substring(0, Math.min(path.length(), 60)) + " -> " + seen;
    assertFalse(seen.contains(SECRET), what);
    assertFalse(seen.contains(OUTSIDE_DIR), what);
    assertFalse(seen.contains("root:"), what);
    assertFalse(seen.isEmpty(), "connection closed on " + what);
  }

  private static void assertNoConnection(ServerSocket trap, String attempt) throws IOException {
    try (Socket intruder = trap.accept()) {
      throw new AssertionError(attempt + " made the server connect from "
          + intruder.getRemoteSocketAddress());
    } catch (SocketTimeoutException expected) {
      // Nothing came.
    }
  }

  private static void reset(Socket socket) throws IOException {
    socket.setSoLinger(true, 0);
    socket.close();
  }

  private static Set<Path> outside() throws IOException {
    Path home = folder.resolve("home");
    try (Stream<Path> all = Files.walk(folder)) {
      return all.filter(p -> !p.startsWith(home)).collect(Collectors.toSet());
    }
  }
}
