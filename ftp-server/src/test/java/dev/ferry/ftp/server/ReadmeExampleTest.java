package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.testkit.docs.DocSnippets;
import dev.ferry.ftp.vfs.VfsConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.junit.jupiter.api.Test;

/** The README's embedding example, compiled and run; the README must quote it exactly. */
class ReadmeExampleTest {
  @Test
  void readmeQuotesThisExample() throws IOException {
    DocSnippets.assertGuideMatches(
        Path.of("src/test/java/dev/ferry/ftp/server/ReadmeExampleTest.java"),
        Path.of("../README.md"));
  }

  @Test
  void embedAServer() throws IOException {
    // snippet:embed-server
    try (FtpServer server = FtpServer.builder() // listens on 127.0.0.1, a free port
        .user("alice", "secret", HomeDirectory.of("memory", VfsConfig.empty()), Permission.all())
        .build()
        .start()) {
      System.out.println("FTP on 127.0.0.1:" + server.port());
      useWithAnyClient(server.port());
    }
    // end-snippet
  }

  private static void useWithAnyClient(int port) throws IOException {
    FTPClient client = new FTPClient();
    client.connect("127.0.0.1", port);
    try {
      assertTrue(client.login("alice", "secret"));
      client.enterLocalPassiveMode();
      client.setFileType(FTP.BINARY_FILE_TYPE);
      byte[] data = "hello, ferry".getBytes(StandardCharsets.UTF_8);
      assertTrue(client.storeFile("hello.txt", new ByteArrayInputStream(data)));
      ByteArrayOutputStream back = new ByteArrayOutputStream();
      assertTrue(client.retrieveFile("hello.txt", back));
      assertArrayEquals(data, back.toByteArray());
      client.logout();
    } finally {
      client.disconnect();
    }
  }
}
