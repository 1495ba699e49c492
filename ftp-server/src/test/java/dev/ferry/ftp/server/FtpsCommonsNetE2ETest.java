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
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Commons Net's {@code FTPSClient} (explicit and implicit) against Ferry's FTPS listeners. Commons
 * Net cannot resume the control session on a data connection, so it works under reuse OFF and
 * WARN and gets a clean {@code 522} under REQUIRE.
 */
class FtpsCommonsNetE2ETest {
  private static final byte[] CONTENT = "protected bytes\n".repeat(5000)
      .getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest(name = "{0} TLS {1} implicit={2}")
  @CsvSource({
      "OFF, 1.2, false", "OFF, 1.3, false", "OFF, 1.2, true", "OFF, 1.3, true",
      "WARN, 1.2, false", "WARN, 1.3, false", "WARN, 1.2, true", "WARN, 1.3, true"})
  void uploadDownloadAndListing(SessionReuse reuse, String tlsVersion, boolean implicit)
      throws Exception {
    try (TestServer server = Ftps.start(reuse)) {
      FTPSClient client = Ftps.commonsNet(
          implicit ? Ftps.implicitPort(server) : Ftps.explicitPort(server), implicit, tlsVersion);
      assertTransfers(server, client);
      server.assertIdle();
    }
  }

  @ParameterizedTest(name = "TLS {0} implicit={1}")
  @CsvSource({"1.2, false", "1.3, false", "1.2, true", "1.3, true"})
  void requireRefusesCommonsNetWith522AndKeepsTheSession(String tlsVersion, boolean implicit)
      throws Exception {
    try (TestServer server = Ftps.start(SessionReuse.REQUIRE)) {
      server.write("/a.txt", CONTENT);
      FTPSClient client = Ftps.commonsNet(
          implicit ? Ftps.implicitPort(server) : Ftps.explicitPort(server), implicit, tlsVersion);
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
