package dev.ferry.ftp.server.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The file commands of RFC 959 §4.1.3 (DELE, RMD, MKD, RNFR/RNTO, ALLO) and RFC 3659 (SIZE,
 * MDTM), and MFMT/MFF, driven without sockets: reply codes, sequences, and that a refused command
 * changes nothing.
 */
class FileCommandsTest {
  private static SessionDriver.Factory server;

  @BeforeAll
  static void start() {
    server = new SessionDriver.Factory();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @Test
  void deleDeletesFilesOnly() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      driver.backend().createDirectory(VirtualPath.of("/dele"));
      driver.write("/dele/a.txt", "abc");
      assertEquals(250, driver.code("DELE dele/a.txt"));
      assertFalse(driver.exists("/dele/a.txt"));
      assertEquals(550, driver.code("DELE dele/a.txt"));
      assertEquals(550, driver.code("DELE dele"));
      assertTrue(driver.exists("/dele"));
      assertEquals(501, driver.code("DELE"));
    }
  }

  @Test
  void mkdQuotesThePathAndRmdRemovesEmptyDirectories() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      Reply made = driver.send("MKD mk");
      assertEquals(257, made.code().code());
      assertEquals("/mk", made.pathname());
      assertEquals(550, driver.code("MKD mk"));
      assertEquals(250, driver.code("CWD mk"));
      // RFC 959 Appendix II: a quote in the name is doubled.
      Reply quoted = driver.send("XMKD say \"hi\"");
      assertEquals(257, quoted.code().code());
      assertTrue(quoted.text().startsWith("\"/mk/say \"\"hi\"\"\""), quoted.text());
      assertEquals("/mk/say \"hi\"", quoted.pathname());
      assertEquals(550, driver.code("RMD /mk"));
      assertTrue(driver.exists("/mk"));
      assertEquals(250, driver.code("XRMD say \"hi\""));
      assertEquals(250, driver.code("RMD /mk"));
      assertFalse(driver.exists("/mk"));
      assertEquals(550, driver.code("RMD /mk"));
    }
  }

  @Test
  void renameIsRnfrThenRnto() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      driver.backend().createDirectory(VirtualPath.of("/ren"));
      driver.write("/ren/a", "alpha");
      driver.write("/ren/b", "beta");
      assertEquals(503, driver.code("RNTO /ren/c"));
      assertEquals(550, driver.code("RNFR /ren/missing"));
      assertEquals(503, driver.code("RNTO /ren/c"));
      assertEquals(350, driver.code("RNFR /ren/a"));
      assertEquals(250, driver.code("RNTO /ren/c"));
      assertEquals("alpha", driver.read("/ren/c"));
      assertFalse(driver.exists("/ren/a"));
      // RNTO consumed the name.
      assertEquals(503, driver.code("RNTO /ren/d"));
      // Any other command in between drops it too.
      assertEquals(350, driver.code("RNFR /ren/c"));
      assertEquals(200, driver.code("NOOP"));
      assertEquals(503, driver.code("RNTO /ren/d"));
      // Over an existing file: replaced.
      assertEquals(350, driver.code("RNFR /ren/c"));
      assertEquals(250, driver.code("RNTO /ren/b"));
      assertEquals("alpha", driver.read("/ren/b"));
      // A directory, where the backend moves directories.
      assertEquals(350, driver.code("RNFR /ren"));
      assertEquals(250, driver.code("RNTO /moved"));
      assertEquals("alpha", driver.read("/moved/b"));
      // Never onto a directory, never the root.
      driver.write("/moved/f", "f");
      assertEquals(350, driver.code("RNFR /moved/f"));
      assertEquals(550, driver.code("RNTO /"));
      assertEquals("f", driver.read("/moved/f"));
      assertEquals(550, driver.code("RNFR /"));
      assertEquals(501, driver.code("RNFR"));
    }
  }

  @Test
  void replacingAFileByRenameNeedsWrite() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.backend().createDirectory(VirtualPath.of("/mv"));
      driver.write("/mv/a", "a");
      driver.write("/mv/b", "b");
      driver.login("mover", "move");
      assertEquals(350, driver.code("RNFR /mv/a"));
      assertEquals(550, driver.code("RNTO /mv/b"));
      assertEquals("a", driver.read("/mv/a"));
      assertEquals("b", driver.read("/mv/b"));
      assertEquals(350, driver.code("RNFR /mv/a"));
      assertEquals(250, driver.code("RNTO /mv/c"));
      assertEquals("a", driver.read("/mv/c"));
    }
  }

  @Test
  void aReadOnlyUserChangesNothing() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.backend().createDirectory(VirtualPath.of("/ro"));
      driver.write("/ro/f", "keep");
      driver.login("reader", "read");
      for (String line : new String[] {"DELE /ro/f", "RMD /ro", "MKD /ro/new", "RNFR /ro/f",
          "MFMT 20200101000000 /ro/f", "MFF Modify=20200101000000; /ro/f", "APPE /ro/f",
          "STOU", "SITE UTIME 20200101000000 /ro/f"}) {
        int code = driver.code(line);
        assertTrue(code == 550 || code == 502, line + " -> " + code);
      }
      assertEquals("keep", driver.read("/ro/f"));
      assertFalse(driver.exists("/ro/new"));
      assertEquals(213, driver.code("SIZE /ro/f"));
    }
  }

  @Test
  void alloNeedsNoStorageAndKeepsRest() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      assertEquals(202, driver.code("ALLO 1024"));
      assertEquals(202, driver.code("ALLO 1024 R 128"));
      assertEquals(501, driver.code("ALLO lots"));
      assertEquals(501, driver.code("ALLO"));
      assertEquals(350, driver.code("REST 10"));
      assertEquals(202, driver.code("ALLO 10"));
      assertEquals(10, driver.session().pending().restartOffset());
    }
  }

  @Test
  void sizeIsWhatRetrWouldSend() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      driver.backend().createDirectory(VirtualPath.of("/size"));
      driver.write("/size/lines.txt", "one\ntwo\n");
      // RFC 3659 §4: in TYPE A, the default (RFC 959 §3.1.1.1), each LF goes out as CRLF.
      assertEquals("10", driver.send("SIZE /size/lines.txt").text());
      assertEquals(200, driver.code("TYPE I"));
      assertEquals("8", driver.send("SIZE /size/lines.txt").text());
      assertEquals(200, driver.code("TYPE A"));
      assertEquals(200, driver.code("MODE B"));
      assertEquals(550, driver.code("SIZE /size/lines.txt"));
      assertEquals(200, driver.code("MODE S"));
      assertEquals(200, driver.code("TYPE E"));
      assertEquals(550, driver.code("SIZE /size/lines.txt"));
      assertEquals(200, driver.code("TYPE L 8"));
      assertEquals("8", driver.send("SIZE /size/lines.txt").text());
      assertEquals(550, driver.code("SIZE /size"));
      assertEquals(550, driver.code("SIZE /size/missing"));
    }
  }

  @Test
  void mdtmAndMfmtSpeakUtc() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      driver.backend().createDirectory(VirtualPath.of("/time"));
      driver.write("/time/f", "x");
      Reply set = driver.send("MFMT 20240105123456 /time/f");
      assertEquals(213, set.code().code());
      assertEquals("Modify=20240105123456; /time/f", set.text());
      assertEquals(Instant.parse("2024-01-05T12:34:56Z"),
          driver.backend().stat(VirtualPath.of("/time/f")).modified());
      assertEquals("20240105123456", driver.send("MDTM /time/f").text());
      driver.backend().setModifiedTime(VirtualPath.of("/time/f"),
          Instant.parse("2024-01-05T12:34:56.250Z"));
      assertEquals("20240105123456.250", driver.send("MDTM /time/f").text());
      assertEquals(501, driver.code("MFMT 2024 /time/f"));
      assertEquals(501, driver.code("MFMT 20241305123456 /time/f"));
      assertEquals(550, driver.code("MFMT 20240105123456 /time/missing"));
      assertEquals(550, driver.code("MDTM /time/missing"));
    }
  }

  @Test
  void mfctSetsTheCreationTimeThatMlstReports() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      driver.backend().createDirectory(VirtualPath.of("/created"));
      driver.write("/created/f", "x");
      Instant modified = driver.backend().stat(VirtualPath.of("/created/f")).modified();
      assertTrue(driver.send("FEAT").lines().contains(" MFCT"));
      Reply set = driver.send("MFCT 20240105123456 /created/f");
      assertEquals(213, set.code().code());
      assertEquals("Create=20240105123456; /created/f", set.text());
      FileAttributes attributes = driver.backend().stat(VirtualPath.of("/created/f"));
      assertEquals(Optional.of(Instant.parse("2024-01-05T12:34:56Z")), attributes.created());
      assertEquals(modified, attributes.modified());
      assertEquals(200, driver.code("OPTS MLST type;create;"));
      assertTrue(driver.send("MLST /created/f").lines().get(1).contains(";create=20240105123456;"));
      assertEquals(501, driver.code("MFCT 2024 /created/f"));
      assertEquals(501, driver.code("MFCT"));
      assertEquals(550, driver.code("MFCT 20240105123456 /created/missing"));
    }
    try (SessionDriver driver = server.open()) {
      driver.login("reader", "read");
      assertFalse(driver.send("FEAT").lines().contains(" MFCT"));
      assertEquals(550, driver.code("MFCT 20240105123456 /created/f"));
    }
  }

  @Test
  void avblAnswersTheFreeSpaceOfADirectory() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      driver.backend().createDirectory(VirtualPath.of("/space"));
      driver.write("/space/f", "x");
      assertTrue(driver.send("FEAT").lines().contains(" AVBL"));
      long free = driver.backend().availableSpace(VirtualPath.ROOT);
      Reply root = driver.send("AVBL");
      assertEquals(213, root.code().code());
      assertTrue(Long.parseLong(root.text()) > 0 && Long.parseLong(root.text()) <= free * 2,
          root.text());
      assertEquals(213, driver.code("AVBL /space"));
      assertEquals(250, driver.code("CWD /space"));
      assertEquals(213, driver.code("AVBL"));
      assertEquals(550, driver.code("AVBL f"));
      assertEquals(550, driver.code("AVBL /space/missing"));
    }
    try (SessionDriver driver = server.open()) {
      // Space to upload into means nothing to a user who cannot upload.
      driver.login("reader", "read");
      assertFalse(driver.send("FEAT").lines().contains(" AVBL"));
      assertEquals(550, driver.code("AVBL"));
    }
  }

  @Test
  void mffSetsAllFactsOrNone() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      driver.backend().createDirectory(VirtualPath.of("/mff"));
      driver.write("/mff/f", "x");
      Instant before = driver.backend().stat(VirtualPath.of("/mff/f")).modified();
      // The memory backend has no unix modes: the whole request is refused.
      assertEquals(504, driver.code("MFF Modify=20200101000000;UNIX.mode=0644; /mff/f"));
      assertEquals(before, driver.backend().stat(VirtualPath.of("/mff/f")).modified());
      Reply set = driver.send("MFF modify=20200101000000; /mff/f");
      assertEquals(213, set.code().code());
      assertEquals("Modify=20200101000000; /mff/f", set.text());
      assertEquals(Instant.parse("2020-01-01T00:00:00Z"),
          driver.backend().stat(VirtualPath.of("/mff/f")).modified());
      assertEquals(501, driver.code("MFF /mff/f"));
      assertEquals(501, driver.code("MFF Modify; /mff/f"));
      assertEquals(501, driver.code("MFF Modify=soon; /mff/f"));
      assertTrue(driver.send("FEAT").lines().contains(" MFF Modify;"));
    }
  }
}
