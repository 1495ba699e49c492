package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.ftp.server.BackendServers.Backend;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Python's ftplib, a client nobody here wrote, against the server over the memory and the local
 * backend. The scenarios live in {@code ftplib_client.py} (a test resource) and assert what the
 * client sees; this class checks the exit code. Skipped when python3 is not installed.
 */
class FtplibE2ETest {
  @TempDir
  static Path folder;

  private static ExternalTool python;
  private static Path script;
  private static BackendServers servers;

  @BeforeAll
  static void start() throws IOException {
    python = ExternalTool.require("python3");
    script = folder.resolve("ftplib_client.py");
    try (InputStream in = FtplibE2ETest.class.getResourceAsStream("ftplib_client.py")) {
      Files.copy(in, script);
    }
    servers = BackendServers.start(folder, builder -> {});
    for (Backend backend : Backend.values()) {
      servers.get(backend).write("/big.bin", new byte[16 * 1024 * 1024]);
      servers.get(backend).write("/small.txt", "small".getBytes(StandardCharsets.US_ASCII));
    }
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

  static Stream<Arguments> scenarios() {
    return Stream.of(Backend.values()).flatMap(backend -> Stream.of("transfers", "text",
        "abort", "errors", "encodings").map(scenario -> Arguments.of(backend, scenario)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("scenarios")
  void scenario(Backend backend, String scenario) throws Exception {
    ExternalTool.Result result = run("127.0.0.1", servers.get(backend).port(), scenario);
    assertEquals("ok", result.stdout().strip(), result.describe());
  }

  static ExternalTool.Result run(String host, int port, String scenario) throws Exception {
    return python.run(Duration.ofSeconds(30), List.of(script.toString(), host,
        String.valueOf(port), "alice", TestServer.PASSWORD, scenario)).assertSuccess();
  }
}
