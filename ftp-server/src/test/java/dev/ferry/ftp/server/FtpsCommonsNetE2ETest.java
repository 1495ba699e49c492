package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.tls.SessionReuse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.net.ftp.FTPFile;
import org.apache.commons.net.ftp.FTPSClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Commons Net's {@code FTPSClient} (explicit and implicit) against Ferry's FTPS listeners. Commons
 * Net cannot resume the control session on a data connection, so it works under reuse OFF and
 * WARN and gets a clean {@code 522} under REQUIRE.
 */
class FtpsCommonsNetE2ETest {
  private static final byte[] CONTENT = "protected bytes\n".repeat(5000)
      .getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest
  @EnumSource(value = SessionReuse.class, names = {"OFF", "WARN"})
  void explicitUploadDownloadAndListing(SessionReuse reuse) throws Exception {
    try (TestServer server = Ftps.start(reuse)) {
      FTPSClient client = Ftps.commonsNet(Ftps.explicitPort(server), false);
      assertTransfers(server, client);
      server.assertIdle();
    }
  }

  @ParameterizedTest
  @EnumSource(value = SessionReuse.class, names = {"OFF", "WARN"})
  void implicitUploadDownloadAndListing(SessionReuse reuse) throws Exception {
    try (TestServer server = Ftps.start(reuse)) {
      FTPSClient client = Ftps.commonsNet(Ftps.implicitPort(server), true);
      assertTransfers(server, client);
      server.assertIdle();
    }
  }

  @Test
  void requireRefusesCommonsNetWith522AndKeepsTheSession() throws Exception {
    try (TestServer server = Ftps.start(SessionReuse.REQUIRE)) {
      server.write("/a.txt", CONTENT);
      FTPSClient client = Ftps.commonsNet(Ftps.explicitPort(server), false);
      assertFalse(client.retrieveFile("/a.txt", new ByteArrayOutputStream()));
      assertEquals(522, client.getReplyCode(), client.getReplyString());
      assertTrue(client.getReplyString().contains("reuse"), client.getReplyString());
      assertTrue(client.sendNoOp(), client.getReplyString());
      client.logout();
      client.disconnect();
      server.assertIdle();
    }
  }

  private static void assertTransfers(TestServer server, FTPSClient client) throws Exception {
    assertTrue(client.storeFile("/up.bin", new ByteArrayInputStream(CONTENT)),
        client.getReplyString());
    assertArrayEquals(CONTENT, server.read("/up.bin"));
    ByteArrayOutputStream down = new ByteArrayOutputStream();
    assertTrue(client.retrieveFile("/up.bin", down), client.getReplyString());
    assertArrayEquals(CONTENT, down.toByteArray());
    FTPFile[] files = client.listFiles("/");
    assertTrue(Arrays.stream(files).anyMatch(f -> f.getName().equals("up.bin")),
        Arrays.toString(files));
    client.logout();
    client.disconnect();
  }
}
