package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.server.BackendServers.Backend;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ABOR while a download is blocked on a client that stopped reading (RFC 959 §4.1.3), over both
 * backends (the local one sends with zero-copy {@code transferTo}), sent plainly and the way
 * Python's ftplib sends it: the whole line as urgent data, so its last byte is out of band.
 */
class AbortE2ETest {
  private static final int BIG = 32 * 1024 * 1024;

  @TempDir
  static Path folder;

  private static BackendServers servers;

  @BeforeAll
  static void start() throws IOException {
    servers = BackendServers.start(folder, builder -> {});
    for (Backend backend : Backend.values()) {
      servers.get(backend).write("/big.bin", new byte[BIG]);
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

  static Stream<Arguments> cases() {
    return Stream.of(Backend.values()).flatMap(backend -> Stream.of(false, true)
        .map(urgent -> Arguments.of(backend, urgent)));
  }

  @ParameterizedTest(name = "{0}, urgent {1}")
  @MethodSource("cases")
  void aborAnswers426Then226WhileTheClientHoldsTheDataConnection(Backend backend,
      boolean urgent) throws Exception {
    TestServer server = servers.get(backend);
    try (RawControl control = new RawControl(server.port())) {
      assertEquals(220, control.code());
      assertEquals(331, control.command("USER alice"));
      assertEquals(230, control.command("PASS " + TestServer.PASSWORD));
      assertEquals(200, control.command("TYPE I"));
      control.send("EPSV");
      String epsv = control.line();
      int port = Integer.parseInt(epsv.replaceAll(".*\\(\\|\\|\\|(\\d+)\\|\\).*", "$1"));
      try (Socket data = new Socket("127.0.0.1", port)) {
        assertEquals(150, control.command("RETR big.bin"));
        InputStream in = data.getInputStream();
        assertTrue(in.readNBytes(65_536).length > 0);
        // The client stops reading: the server's send blocks on full socket buffers.
        if (urgent) {
          control.sendBytes("ABOR\r".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
          control.urgent('\n');
        } else {
          control.send("ABOR");
        }
        assertEquals(426, control.code());
        assertEquals(226, control.code());
      }
      assertEquals(200, control.command("NOOP"));
    }
  }
}
