package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** LIST and NLST (RFC 959 §4.1.3) as Commons Net parses them, and STAT with a path. */
class ListingE2ETest {
  private static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    server = TestServer.start();
    server.mkdir("/pub");
    server.mkdir("/pub/docs");
    server.write("/pub/readme.txt", new byte[1234]);
    server.write("/pub/with space.bin", new byte[5]);
    server.write("/pub/ünïcödé.txt", new byte[7]);
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
  void listShowsTypesSizesAndNames() throws IOException {
    FTPClient client = server.login();
    try {
      client.setControlEncoding("UTF-8");
      FTPFile[] files = client.listFiles("/pub");
      Map<String, FTPFile> byName = Arrays.stream(files)
          .collect(Collectors.toMap(FTPFile::getName, file -> file));
      assertEquals(4, files.length, Arrays.toString(files));
      assertTrue(byName.get("docs").isDirectory());
      assertEquals(1234, byName.get("readme.txt").getSize());
      assertTrue(byName.get("readme.txt").isFile());
      assertEquals(5, byName.get("with space.bin").getSize());
      assertEquals(7, byName.get("ünïcödé.txt").getSize());
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void listAcceptsLsOptionsAndAFile() throws IOException {
    FTPClient client = server.login();
    try {
      assertTrue(client.changeWorkingDirectory("/pub"));
      assertEquals(4, client.listFiles("-la").length);
      FTPFile[] one = client.listFiles("readme.txt");
      assertEquals(1, one.length);
      assertEquals("readme.txt", one[0].getName());
      assertEquals(0, client.listFiles("/missing").length);
      assertEquals(550, client.getReplyCode());
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void nlstSendsNames() throws IOException {
    FTPClient client = server.login();
    try {
      client.setControlEncoding("UTF-8");
      assertTrue(client.changeWorkingDirectory("pub"));
      List<String> names = List.of(client.listNames());
      assertEquals(4, names.size());
      assertTrue(names.containsAll(List.of("docs", "readme.txt", "with space.bin",
          "ünïcödé.txt")), names.toString());
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void statWithAPathListsOverTheControlConnection() throws IOException {
    FTPClient client = server.login();
    try {
      assertEquals(212, client.stat("/pub"));
      String listing = client.getReplyString();
      assertTrue(listing.contains("readme.txt") && listing.contains("docs"), listing);
      assertEquals(213, client.stat("/pub/readme.txt"));
    } finally {
      TestServer.disconnect(client);
    }
  }
}
