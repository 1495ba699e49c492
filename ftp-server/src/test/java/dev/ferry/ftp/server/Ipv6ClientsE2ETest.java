package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * curl, lftp and Python's ftplib over IPv6 ({@code ::1}): the data connections go through EPSV
 * and EPRT (RFC 2428). Skipped when {@code ::1} is not available or a tool is missing.
 */
class Ipv6ClientsE2ETest {
  private static TestServer server;

  @TempDir
  Path local;

  @BeforeAll
  static void start() throws IOException {
    InetAddress loopback6 = InetAddress.getByName("::1");
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(loopback6, 0));
    } catch (IOException e) {
      Assumptions.abort("::1 is not available: " + e);
    }
    server = TestServer.start(builder -> builder.listener(ListenerConfig.of(loopback6, 0)));
    server.write("/small.txt", "small".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    server.write("/big.bin", new byte[16 * 1024 * 1024]);
  }

  @AfterEach
  void noLeaks() throws InterruptedException {
    server.assertIdle();
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void curlPassiveAndActive() throws Exception {
    ExternalTool curl = ExternalTool.require("curl");
    byte[] content = CurlE2ETest.random(200_000, 6);
    Path in = Files.write(local.resolve("in.bin"), content);
    String url = "ftp://alice:" + TestServer.PASSWORD + "@[::1]:" + server.port() + "/v6.bin";
    for (List<String> mode : List.of(List.<String>of(), List.of("--ftp-port", "::1"))) {
      Files.deleteIfExists(local.resolve("out.bin"));
      run(curl, mode, "-T", in.toString(), url).assertSuccess();
      assertArrayEquals(content, server.read("/v6.bin"));
      run(curl, mode, "-o", local.resolve("out.bin").toString(), url).assertSuccess();
      assertArrayEquals(content, Files.readAllBytes(local.resolve("out.bin")));
    }
  }

  /**
   * Passive only: in active mode lftp 4.9 sends {@code EPRT |2|::|port|} (an unspecified
   * address, whatever {@code net:socket-bind-ipv6} says), which the bounce guard refuses with
   * 504 (RFC 2577 §3) as it refuses any address but the client's.
   */
  @Test
  void lftpPassive() throws Exception {
    ExternalTool lftp = ExternalTool.require("lftp");
    Path out = local.resolve("lftp.txt");
    lftp.run(Duration.ofSeconds(40), List.of("-u", "alice," + TestServer.PASSWORD, "-p",
        String.valueOf(server.port()), "-e", "set cmd:fail-exit yes; set net:max-retries 1; "
            + "set net:timeout 10; set ftp:ssl-allow no; set ftp:passive-mode on; "
            + "get small.txt -o " + out + "; cls -1; quit", "::1")).assertSuccess();
    assertEquals("small", Files.readString(out));
  }

  @Test
  void ftplibTransfersAndAbort() throws Exception {
    ExternalTool python = ExternalTool.require("python3");
    Path script = local.resolve("ftplib_client.py");
    try (InputStream in = getClass().getResourceAsStream("ftplib_client.py")) {
      Files.copy(in, script);
    }
    for (String scenario : List.of("transfers", "abort")) {
      ExternalTool.Result result = python.run(Duration.ofSeconds(30), List.of(script.toString(),
          "::1", String.valueOf(server.port()), "alice", TestServer.PASSWORD, scenario));
      assertTrue(result.stdout().strip().equals("ok"), result.describe());
    }
  }

  private static ExternalTool.Result run(ExternalTool curl, List<String> mode,
      String... arguments) throws Exception {
    List<String> all = new java.util.ArrayList<>(List.of("-sS", "-g", "--connect-timeout", "5",
        "--max-time", "20"));
    all.addAll(mode);
    all.addAll(List.of(arguments));
    return curl.run(Duration.ofSeconds(30), all);
  }
}
