package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.vfs.VfsConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Uploads and downloads with Commons Net, passive and active, with REST (RFC 3659 §5). */
class TransferE2ETest {
  private static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    server = TestServer.start(builder -> builder.user("bob", "pw",
        HomeDirectory.of("memory", VfsConfig.empty()).under("/home/bob"), Permission.all()));
  }

  @AfterEach
  void noLeaks() throws InterruptedException {
    server.assertIdle();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static byte[] random(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  @Test
  void tenMebibytesGoUpAndComeBackByteForByte() throws IOException {
    byte[] content = random(10 * 1024 * 1024, 1);
    FTPClient client = server.login();
    try {
      assertTrue(client.storeFile("big.bin", new ByteArrayInputStream(content)),
          client.getReplyString());
      assertArrayEquals(content, server.read("/big.bin"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertTrue(client.retrieveFile("big.bin", out), client.getReplyString());
      assertArrayEquals(content, out.toByteArray());
      assertTrue(client.logout());
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void activeModeTransfersBothWays() throws IOException {
    byte[] content = random(300_000, 2);
    FTPClient client = server.login();
    try {
      client.enterLocalActiveMode();
      assertTrue(client.storeFile("active.bin", new ByteArrayInputStream(content)),
          client.getReplyString());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertTrue(client.retrieveFile("active.bin", out), client.getReplyString());
      assertArrayEquals(content, out.toByteArray());
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void restartedDownloadStartsAtTheOffset() throws IOException {
    byte[] content = random(1_000_000, 3);
    server.write("/resume.bin", content);
    FTPClient client = server.login();
    try {
      client.setRestartOffset(400_000);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertTrue(client.retrieveFile("resume.bin", out), client.getReplyString());
      assertArrayEquals(Arrays.copyOfRange(content, 400_000, content.length), out.toByteArray());
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void restartedUploadContinuesAFile() throws IOException {
    byte[] content = random(700_000, 4);
    server.write("/partial.bin", Arrays.copyOf(content, 300_000));
    FTPClient client = server.login();
    try {
      client.setRestartOffset(300_000);
      assertTrue(client.storeFile("partial.bin",
          new ByteArrayInputStream(content, 300_000, content.length - 300_000)),
          client.getReplyString());
      assertArrayEquals(content, server.read("/partial.bin"));
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void typeAConvertsLineEndsOnTheWire() throws IOException {
    FTPClient client = server.login();
    try {
      // The client converts nothing (binary), the server converts (TYPE A): the wire shows.
      assertEquals(200, client.sendCommand("TYPE A"));
      assertTrue(client.storeFile("text.txt",
          new ByteArrayInputStream("one\r\ntwo\nthree\r\n".getBytes(StandardCharsets.US_ASCII))),
          client.getReplyString());
      assertEquals("one\ntwo\nthree\n", new String(server.read("/text.txt"),
          StandardCharsets.US_ASCII));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertTrue(client.retrieveFile("text.txt", out), client.getReplyString());
      assertEquals("one\r\ntwo\r\nthree\r\n", out.toString(StandardCharsets.US_ASCII));
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void modeZDeflatesBothWays() throws IOException {
    byte[] content = new byte[500_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i % 7 == 0 ? '\n' : 'a' + i % 26);
    }
    FTPClient client = server.login();
    try {
      assertTrue(client.setFileTransferMode(FTP.DEFLATE_TRANSFER_MODE), client.getReplyString());
      assertTrue(client.storeFile("z.bin", new ByteArrayInputStream(content)),
          client.getReplyString());
      assertArrayEquals(content, server.read("/z.bin"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertTrue(client.retrieveFile("z.bin", out), client.getReplyString());
      assertArrayEquals(content, out.toByteArray());
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void aMissingFileIsRefusedBeforeAnyDataConnection() throws IOException {
    FTPClient client = server.login();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertTrue(!client.retrieveFile("nope.bin", out));
      assertEquals(550, client.getReplyCode());
      assertEquals(200, client.noop());
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void aUserIsConfinedToTheHome() throws IOException {
    FTPClient client = server.connect();
    try {
      assertTrue(client.login("bob", "pw"));
      client.enterLocalPassiveMode();
      assertEquals("/", client.printWorkingDirectory());
      assertTrue(client.storeFile("mine.txt", new ByteArrayInputStream(new byte[3])));
      assertEquals(3, server.read("/home/bob/mine.txt").length);
      assertTrue(client.changeWorkingDirectory("../../.."));
      assertEquals("/", client.printWorkingDirectory());
      assertEquals(1, client.listNames().length);
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void anActiveTargetThatRefusesIs425() throws IOException {
    int closedPort;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }
    server.write("/tiny.bin", new byte[1]);
    FTPClient client = server.login();
    try {
      assertEquals(200, client.sendCommand("PORT 127,0,0,1," + (closedPort >> 8) + ","
          + (closedPort & 0xff)));
      assertEquals(150, client.sendCommand("RETR tiny.bin"));
      assertEquals(425, client.getReply());
      assertEquals(200, client.noop());
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void aReadOnlyUserCannotStore() throws IOException {
    FTPClient client = server.connect();
    try {
      assertTrue(client.login("reader", "read"));
      client.enterLocalPassiveMode();
      assertTrue(!client.storeFile("x.bin", new ByteArrayInputStream(new byte[10])));
      assertEquals(550, client.getReplyCode());
    } finally {
      TestServer.disconnect(client);
    }
  }
}
