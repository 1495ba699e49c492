package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.vfs.VfsConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The file commands that move data, through Commons Net: STOU (RFC 1123 §4.1.2.9), APPE, MLSD and
 * MLST (RFC 3659 §7), SIZE in TYPE A against what RETR really sends, the LIST and NLST argument
 * forms, and hostile paths in the transfer commands of a user jailed in a sub-directory.
 */
class FileCommandsE2ETest {
  private static TestServer server;

  @BeforeAll
  static void start() throws IOException {
    server = TestServer.start(builder -> builder.user("jailed", "jail",
        HomeDirectory.of("memory", VfsConfig.empty()).under("/home/jailed"), Permission.all()));
    server.mkdir("/etc");
    server.write("/etc/passwd", "root:x:0:0\n".getBytes(StandardCharsets.UTF_8));
    server.mkdir("/e2e");
    server.mkdir("/e2e/sub");
    server.write("/e2e/a.txt", "one\ntwo\nthree\n".getBytes(StandardCharsets.UTF_8));
    server.write("/e2e/*.txt", "literal".getBytes(StandardCharsets.UTF_8));
    server.mkdir("/mlsd");
    server.mkdir("/mlsd/sub");
    server.write("/mlsd/a.txt", new byte[14]);
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
  void stouStoresUnderAFreshNameAndSaysWhich() throws IOException {
    FTPClient client = server.login();
    try {
      assertTrue(client.makeDirectory("/stou"));
      assertTrue(client.changeWorkingDirectory("/stou"));
      assertTrue(client.storeUniqueFile(new ByteArrayInputStream(bytes("first"))),
          client.getReplyString());
      assertTrue(client.storeUniqueFile("report", new ByteArrayInputStream(bytes("second"))));
      assertTrue(client.storeUniqueFile("report", new ByteArrayInputStream(bytes("third"))));
      Map<String, FTPFile> files = byName(client.listFiles());
      assertEquals(3, files.size(), files.keySet().toString());
      assertEquals("second", new String(server.read("/stou/report"), StandardCharsets.UTF_8));
      assertEquals("third", new String(server.read("/stou/report.1"), StandardCharsets.UTF_8));
      // RFC 1123 §4.1.2.9: the preliminary reply names the file.
      try (Socket data = new Socket("127.0.0.1", passivePort(client))) {
        assertEquals(150, client.sendCommand("STOU"));
        assertTrue(client.getReplyString().startsWith("150 FILE: ferry-"),
            client.getReplyString());
      }
      assertTrue(client.completePendingCommand(), client.getReplyString());
      assertEquals(4, client.listFiles().length);
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void appeAppendsAndCreates() throws IOException {
    FTPClient client = server.login();
    try {
      assertTrue(client.appendFile("/e2e/log", new ByteArrayInputStream(bytes("a"))));
      assertTrue(client.appendFile("/e2e/log", new ByteArrayInputStream(bytes("bc"))));
      assertEquals("abc", new String(server.read("/e2e/log"), StandardCharsets.UTF_8));
      // REST then APPE resumes an upload at the offset (RFC 3659 §5).
      server.write("/e2e/resume", bytes("abcXYZ"));
      client.setRestartOffset(3);
      assertTrue(client.appendFile("/e2e/resume", new ByteArrayInputStream(bytes("def"))));
      assertEquals("abcdef", new String(server.read("/e2e/resume"), StandardCharsets.UTF_8));
      assertFalse(client.appendFile("/e2e/sub", new ByteArrayInputStream(bytes("x"))));
      assertEquals(550, client.getReplyCode());
      assertFalse(client.appendFile("/nowhere/log", new ByteArrayInputStream(bytes("x"))));
      assertEquals(550, client.getReplyCode());
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void mlsdAndMlstAreReadByCommonsNet() throws IOException {
    FTPClient client = server.login();
    try {
      List<String> raw = rawListing(client, "MLSD /mlsd");
      Map<String, FTPFile> entries = byName(client.mlistDir("/mlsd"));
      FTPFile file = entries.get("a.txt");
      // Commons Net drops an entry it cannot parse: all five lines must come through.
      assertEquals(4, raw.size(), raw.toString());
      assertEquals(List.of(".", "..", "a.txt", "sub"), entries.keySet().stream().sorted().toList());
      assertTrue(entries.get(".").isDirectory());
      assertNotNull(file, raw.toString());
      assertTrue(file.isFile());
      assertEquals(14, file.getSize());
      assertNotNull(file.getTimestamp());
      assertTrue(entries.get("sub").isDirectory());
      assertTrue(file.hasPermission(FTPFile.USER_ACCESS, FTPFile.WRITE_PERMISSION));
      FTPFile one = client.mlistFile("/mlsd/a.txt");
      assertNotNull(one, client.getReplyString());
      assertEquals(14, one.getSize());
      // RFC 3659 §7.1: MLSD names a directory.
      assertEquals(0, client.mlistDir("/mlsd/a.txt").length);
      assertEquals(501, client.getReplyCode());
      assertNull(client.mlistFile("/mlsd/missing"));
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void mlsdSendsCdirAndPdirLines() throws IOException {
    FTPClient client = server.login();
    try {
      List<String> lines = rawListing(client, "MLSD /mlsd/sub");
      assertEquals(2, lines.size(), lines.toString());
      assertTrue(lines.get(0).startsWith("type=cdir;"), lines.get(0));
      assertTrue(lines.get(0).endsWith(" ."), lines.get(0));
      assertTrue(lines.get(1).startsWith("type=pdir;"), lines.get(1));
      assertTrue(lines.get(1).endsWith(" .."), lines.get(1));
      List<String> root = rawListing(client, "MLSD /");
      assertTrue(root.get(0).startsWith("type=cdir;"));
      assertTrue(root.stream().noneMatch(line -> line.startsWith("type=pdir;")), root.toString());
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void sizeInTypeAMatchesWhatRetrSends() throws IOException {
    FTPClient client = server.login();
    try {
      assertEquals(14, client.mlistFile("/e2e/a.txt").getSize());
      assertEquals("14", client.getSize("/e2e/a.txt"));
      assertTrue(client.setFileType(FTP.ASCII_FILE_TYPE));
      assertEquals("17", client.getSize("/e2e/a.txt"));
      List<String> lines = rawListing(client, "RETR /e2e/a.txt");
      // Three lines, each sent with CRLF.
      assertEquals(3, lines.size());
      assertEquals(17, String.join("\r\n", lines).length() + 2);
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void renameDeleteAndDirectories() throws IOException {
    FTPClient client = server.login();
    try {
      server.write("/e2e/old", bytes("x"));
      assertTrue(client.rename("/e2e/old", "/e2e/new"), client.getReplyString());
      assertEquals("x", new String(server.read("/e2e/new"), StandardCharsets.UTF_8));
      assertTrue(client.deleteFile("/e2e/new"));
      assertFalse(client.deleteFile("/e2e/new"));
      assertTrue(client.makeDirectory("/e2e/made"));
      assertEquals("\"/e2e/made\" created.", client.getReplyString().substring(4).strip());
      assertTrue(client.removeDirectory("/e2e/made"));
      assertTrue(client.setModificationTime("/e2e/a.txt", "20200102030405"));
      assertEquals("20200102030405", client.getModificationTime("/e2e/a.txt"));
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void listOptionsFilesAndNoGlobbing() throws IOException {
    FTPClient client = server.login();
    try {
      assertTrue(client.changeWorkingDirectory("/e2e"));
      int all = client.listFiles().length;
      for (String options : new String[] {"-a", "-l", "-la", "-al", "-a -l"}) {
        assertEquals(all, client.listFiles(options).length, options);
      }
      assertEquals(1, client.listFiles("-la a.txt").length);
      assertEquals(List.of("a.txt"), Arrays.asList(client.listNames("a.txt")));
      // A glob is a name like any other: only the file really called "*.txt" is listed.
      assertEquals(List.of("*.txt"), Arrays.asList(client.listNames("*.txt")));
      assertNull(client.listNames("*.md"));
      assertEquals(550, client.getReplyCode());
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void transferCommandsCannotLeaveTheHome() throws IOException {
    FTPClient client = server.connect();
    try {
      assertTrue(client.login("jailed", "jail"));
      client.enterLocalPassiveMode();
      assertTrue(client.setFileType(FTP.BINARY_FILE_TYPE));
      for (String path : new String[] {"../../etc/passwd", "..\\..\\etc\\passwd",
          "/../../etc/passwd"}) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertFalse(client.retrieveFile(path, out), path);
        assertEquals(550, client.getReplyCode(), path);
        assertFalse(client.storeFile(path, new ByteArrayInputStream(bytes("pwned"))), path);
        assertFalse(client.appendFile(path, new ByteArrayInputStream(bytes("pwned"))), path);
        assertEquals(0, client.listFiles(path).length, path);
        assertEquals(0, client.mlistDir(path).length, path);
      }
      assertFalse(client.storeFile("a\u0000b", new ByteArrayInputStream(bytes("x"))));
      assertEquals("root:x:0:0\n", new String(server.read("/etc/passwd"), StandardCharsets.UTF_8));
      assertEquals(0, client.listFiles("/").length);
    } finally {
      TestServer.disconnect(client);
    }
  }

  private static List<String> rawListing(FTPClient client, String command) throws IOException {
    try (Socket data = new Socket("127.0.0.1", passivePort(client))) {
      assertEquals(150, client.sendCommand(command), client.getReplyString());
      String text = new String(data.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(client.completePendingCommand(), client.getReplyString());
      return text.isEmpty() ? List.of() : Arrays.asList(text.split("\r\n"));
    }
  }

  private static int passivePort(FTPClient client) throws IOException {
    assertEquals(227, client.pasv());
    String[] hostPort = client.getReplyString().replaceAll("(?s).*\\((.*)\\).*", "$1").strip()
        .split(",");
    return Integer.parseInt(hostPort[4]) * 256 + Integer.parseInt(hostPort[5]);
  }

  private static Map<String, FTPFile> byName(FTPFile[] files) {
    return Arrays.stream(files).filter(file -> file != null)
        .collect(Collectors.toMap(FTPFile::getName, Function.identity()));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
