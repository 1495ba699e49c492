package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The control connection while a transfer runs (RFC 959 §4.1.3: ABOR, STAT, NOOP answered at
 * once, anything else after the transfer) and under bad input, with real sockets.
 */
class ControlE2ETest {
  /** Bigger than loopback's socket buffers, so a transfer blocks until the client reads. */
  private static final int HUGE = 32 * 1024 * 1024;

  private static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    server = TestServer.start();
    server.write("/huge.bin", new byte[HUGE]);
    server.write("/small.bin", new byte[200_000]);
  }

  @AfterEach
  void noLeaks() throws InterruptedException {
    server.assertIdle();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @Test
  void aborDuringALargeRetrieveLeavesTheControlConnectionUsable() throws IOException {
    FTPClient client = server.login();
    try {
      InputStream data = client.retrieveFileStream("huge.bin");
      assertNotNull(data, client.getReplyString());
      data.readNBytes(64 * 1024);
      // RFC 959 §4.1.3: the transfer answers 426, then ABOR answers 226.
      assertEquals(426, client.sendCommand("ABOR"));
      assertEquals(226, client.getReply());
      data.close();
      assertEquals(200, client.noop());
      assertEquals(257, client.pwd());
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void aborDuringAnUploadLeavesNothingBehind() throws IOException {
    FTPClient client = server.login();
    try {
      OutputStream upload = client.storeFileStream("aborted.bin");
      assertNotNull(upload, client.getReplyString());
      upload.write(new byte[256 * 1024]);
      upload.flush();
      assertEquals(426, client.sendCommand("ABOR"));
      assertEquals(226, client.getReply());
      upload.close();
      assertEquals(550, client.sendCommand("STAT /aborted.bin"));
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void statAndNoopAreAnsweredDuringATransfer() throws IOException {
    FTPClient client = server.login();
    try {
      InputStream data = client.retrieveFileStream("huge.bin");
      data.readNBytes(2 * 1024 * 1024);
      assertEquals(213, client.sendCommand("STAT"));
      String status = client.getReplyString();
      assertTrue(status.contains("RETR huge.bin"), status);
      long bytes = Long.parseLong(status.replaceAll("(?s).*, (\\d+) bytes so far.*", "$1"));
      // Progress counts whole zero-copy chunks; the client has read 2 MiB, so at least 1.5 MiB
      // were sent and counted.
      assertTrue(bytes >= 1536 * 1024, status);
      assertEquals(200, client.sendCommand("NOOP"));
      assertEquals(426, client.sendCommand("ABOR"));
      assertEquals(226, client.getReply());
      data.close();
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void otherCommandsWaitForTheTransferAndKeepTheirOrder() throws Exception {
    FTPClient client = server.login();
    try {
      InputStream data = client.retrieveFileStream("huge.bin");
      // Drain in the background, slowly enough that SYST arrives while the transfer runs.
      data.readNBytes(1024);
      CompletableFuture<Long> drained = CompletableFuture.supplyAsync(() -> {
        try (data) {
          return data.transferTo(OutputStreamSink.INSTANCE);
        } catch (IOException e) {
          throw new RuntimeException(e);
        }
      });
      // SYST waits for the transfer: the first reply after 150 is the transfer's 226.
      assertEquals(226, client.sendCommand("SYST"));
      assertEquals(215, client.getReply());
      assertEquals(HUGE - 1024, drained.get());
      assertEquals(200, client.noop());
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void aClientThatHangsUpWhileACommandWaitsIsNoticed() throws Exception {
    java.net.Socket data;
    try (RawControl control = new RawControl(server.port())) {
      assertEquals(220, control.code());
      assertEquals(331, control.command("USER alice"));
      assertEquals(230, control.command("PASS " + TestServer.PASSWORD));
      control.send("EPSV");
      String epsv = control.line();
      int port = Integer.parseInt(epsv.replaceAll(".*\\(\\|\\|\\|(\\d+)\\|\\).*", "$1"));
      data = new java.net.Socket("127.0.0.1", port);
      assertEquals(150, control.command("RETR huge.bin"));
      // SYST must wait for the transfer, which waits for a reader that never reads; then the
      // client hangs up. The session still hears it, aborts the transfer and ends.
      control.send("SYST");
    }
    try {
      server.assertIdle();
    } finally {
      data.close();
    }
  }

  @Test
  void quitDuringATransferAbortsItThenCloses() throws IOException {
    FTPClient client = server.login();
    try {
      InputStream data = client.retrieveFileStream("huge.bin");
      data.readNBytes(1024);
      assertEquals(426, client.sendCommand("QUIT"));
      assertEquals(221, client.getReply());
      data.close();
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void aTransferCompletesNormallyAfterwards() throws IOException {
    FTPClient client = server.login();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertTrue(client.retrieveFile("small.bin", out));
      assertEquals(200_000, out.size());
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void anOverlongLineIs500AndTheSessionGoesOn() throws IOException {
    try (RawControl control = new RawControl(server.port())) {
      assertEquals(220, control.code());
      assertEquals(500, control.command("USER " + "x".repeat(6_000)));
      assertEquals(331, control.command("USER alice"));
      assertEquals(230, control.command("PASS " + TestServer.PASSWORD));
      assertEquals(221, control.command("QUIT"));
      assertNull(control.line());
    }
  }

  @Test
  void aThousandBadCommandsDoNotHurt() throws Exception {
    try (RawControl control = new RawControl(server.port())) {
      assertEquals(220, control.code());
      Thread writer = Thread.ofVirtual().start(() -> {
        try {
          for (int i = 0; i < 1000; i++) {
            control.send(i % 3 == 0 ? "\u0001\u0002garbage" : i % 3 == 1 ? "FOO" + i : "RETR");
          }
        } catch (IOException e) {
          throw new RuntimeException(e);
        }
      });
      for (int i = 0; i < 1000; i++) {
        int code = control.code();
        assertTrue(code == 500 || code == 502 || code == 530, "reply " + i + ": " + code);
      }
      writer.join();
      assertEquals(200, control.command("NOOP"));
    }
  }

  @Test
  void binaryGarbageIsAnswered() throws IOException {
    try (RawControl control = new RawControl(server.port())) {
      assertEquals(220, control.code());
      byte[] garbage = new byte[4096];
      for (int i = 0; i < garbage.length; i++) {
        garbage[i] = (byte) (i * 31 + 7);
      }
      garbage[garbage.length - 1] = '\n';
      control.sendBytes(garbage);
      control.sendBytes("NOOP\r\n".getBytes(StandardCharsets.US_ASCII));
      int code = 0;
      for (int i = 0; i < 100 && code != 200; i++) {
        code = control.code();
        assertTrue(code == 200 || code >= 500, "code " + code);
      }
      assertEquals(200, code);
    }
  }

  /** Discards what is written. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
