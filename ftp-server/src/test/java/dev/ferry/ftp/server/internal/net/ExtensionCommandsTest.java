package dev.ferry.ftp.server.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The extension commands over the control connection: MLST and OPTS MLST (RFC 3659 §7), HASH,
 * OPTS HASH and RANG (draft-bryan-ftpext-hash-02), the X-checksums, LANG (RFC 2640 §4), HOST (RFC
 * 7151), CLNT and CSID.
 */
class ExtensionCommandsTest {
  // "abc": FIPS 180-2 Appendix B.1 (SHA-256), RFC 1321 §A.5 (MD5), FIPS 180-1 Appendix A (SHA-1).
  private static final String SHA256_ABC =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  private static final String MD5_ABC = "900150983cd24fb0d6963f7d28e17f72";
  private static final String SHA1_ABC = "a9993e364706816aba3e25717850c26c9cd0d89d";
  private static final String MD5_B = "92eb5ffee6ae2fec3ad71c777531578f";
  private static final String CRC32_ABC = "352441c2";

  private static SessionDriver.Factory server;

  @BeforeAll
  static void start() throws IOException {
    server = new SessionDriver.Factory();
    server.open().close();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static SessionDriver loggedIn(String user, String password) throws IOException {
    SessionDriver driver = server.open();
    if (!driver.exists("/ext")) {
      driver.backend().createDirectory(VirtualPath.of("/ext"));
      driver.write("/ext/abc.txt", "abc");
    }
    driver.login(user, password);
    return driver;
  }

  @Test
  void mlstShowsExactFactsAndTheUsersPermissions() throws IOException {
    try (SessionDriver driver = loggedIn("alice", "secret")) {
      Reply file = driver.send("MLST /ext/abc.txt");
      assertEquals(250, file.code().code());
      assertEquals(3, file.lines().size(), file.lines().toString());
      String line = file.lines().get(1);
      assertTrue(line.startsWith(" type=file;size=3;modify="), line);
      assertTrue(line.contains(";perm=adfrw;"), line);
      assertTrue(line.endsWith("; /ext/abc.txt"), line);
      String directory = driver.send("MLST ext").lines().get(1);
      assertTrue(directory.startsWith(" type=dir;modify="), directory);
      assertTrue(directory.contains(";perm=cdeflmp;"), directory);
      assertEquals(550, driver.code("MLST /ext/missing"));
    }
    try (SessionDriver driver = loggedIn("reader", "read")) {
      assertTrue(driver.send("MLST /ext/abc.txt").lines().get(1).contains(";perm=r;"));
      assertTrue(driver.send("MLST /ext").lines().get(1).contains(";perm=el;"));
    }
  }

  @Test
  void optsMlstSelectsTheFacts() throws IOException {
    try (SessionDriver driver = loggedIn("alice", "secret")) {
      assertTrue(driver.send("FEAT").lines().contains(
          " MLST type*;size*;modify*;create;perm*;unique*;UNIX.owner;UNIX.group;"));
      Reply opts = driver.send("OPTS MLST type;size;nonsense;");
      assertEquals(200, opts.code().code());
      assertEquals("MLST OPTS type;size;", opts.text());
      assertEquals(" type=file;size=3; /ext/abc.txt",
          driver.send("MLST /ext/abc.txt").lines().get(1));
      assertTrue(driver.send("FEAT").lines().contains(
          " MLST type*;size*;modify;create;perm;unique;UNIX.owner;UNIX.group;"));
      assertEquals("MLST OPTS", driver.send("OPTS MLST").text());
      // RFC 3659 §7.2: no facts leave the entry's space, after the reply line's own.
      assertEquals("  /ext/abc.txt", driver.send("MLST /ext/abc.txt").lines().get(1));
      // REIN forgets the choice.
      assertEquals(220, driver.code("REIN"));
      driver.login();
      assertTrue(driver.send("MLST /ext/abc.txt").lines().get(1).startsWith(" type=file;"));
    }
  }

  @Test
  void hashUsesTheChosenAlgorithmAndRange() throws IOException {
    try (SessionDriver driver = loggedIn("alice", "secret")) {
      assertTrue(driver.send("FEAT").lines().contains(
          " HASH SHA-1;SHA-224;SHA-256*;SHA-384;SHA-512;MD5;CRC32"), "FEAT");
      assertEquals("SHA-256 0-2 " + SHA256_ABC + " /ext/abc.txt",
          driver.send("HASH /ext/abc.txt").text());
      assertEquals("SHA-256", driver.send("OPTS HASH").text());
      assertEquals("MD5", driver.send("OPTS HASH md5").text());
      assertEquals(504, driver.code("OPTS HASH WHIRLPOOL"));
      assertEquals(501, driver.code("OPTS HASH no;way"));
      assertEquals("MD5 0-2 " + MD5_ABC + " /ext/abc.txt",
          driver.send("HASH /ext/abc.txt").text());
      assertEquals(350, driver.code("RANG 1 1"));
      assertEquals("MD5 1-1 " + MD5_B + " /ext/abc.txt", driver.send("HASH /ext/abc.txt").text());
      // The range stays until RANG 1 0 (it is not a pending action).
      assertEquals("MD5 1-1 " + MD5_B + " /ext/abc.txt", driver.send("HASH /ext/abc.txt").text());
      assertEquals(350, driver.code("RANG 5 9"));
      assertEquals(550, driver.code("HASH /ext/abc.txt"));
      assertEquals(350, driver.code("RANG 1 0"));
      assertEquals("MD5 0-2 " + MD5_ABC + " /ext/abc.txt",
          driver.send("HASH /ext/abc.txt").text());
      assertEquals(501, driver.code("RANG 9 1"));
      assertEquals(501, driver.code("RANG x"));
      assertEquals(550, driver.code("HASH /ext"));
      assertEquals(550, driver.code("HASH /ext/missing"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '=', textBlock = """
      XCRC /ext/abc.txt = 352441c2
      XMD5 /ext/abc.txt = 900150983cd24fb0d6963f7d28e17f72
      XSHA1 /ext/abc.txt = a9993e364706816aba3e25717850c26c9cd0d89d
      XSHA256 /ext/abc.txt = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
      XMD5 /ext/abc.txt 1 2 = 92eb5ffee6ae2fec3ad71c777531578f
      XMD5 "/ext/abc.txt" 1 = 5360af35bde9ebd8f01f492dc059593c
      """)
  void xChecksumsAnswer250AndHex(String line, String hex) throws IOException {
    try (SessionDriver driver = loggedIn("alice", "secret")) {
      Reply reply = driver.send(line.strip());
      assertEquals(250, reply.code().code(), reply.toString());
      assertEquals(hex.strip(), reply.text());
    }
  }

  @Test
  void checksumConstantsAgree() throws IOException {
    try (SessionDriver driver = loggedIn("alice", "secret")) {
      assertEquals(CRC32_ABC, driver.send("XCRC /ext/abc.txt").text());
      assertEquals(SHA1_ABC, driver.send("XSHA1 /ext/abc.txt").text());
      assertTrue(driver.send("XSHA512 /ext/abc.txt").text().startsWith("ddaf35a193617aba"));
      assertEquals(550, driver.code("XCRC /ext"));
      assertEquals(501, driver.code("XCRC"));
      assertEquals(501, driver.code("XCRC \"unbalanced"));
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = "->", textBlock = """
      LANG -> 200
      LANG EN -> 200
      LANG en-US -> 200
      LANG FR -> 504
      CLNT Ferry test 1.0 -> 200
      CLNT -> 501
      CSID Name=test; Version=1; -> 200
      CSID -> 200
      HOST 127.0.0.1 -> 220
      HOST localhost -> 220
      HOST ftp.example.com -> 504
      HOST 192.0.2.1 -> 504
      HOST [::1] -> 504
      HOST bad_name! -> 501
      HOST -> 501
      """)
  void beforeLogin(String line, int code) throws IOException {
    try (SessionDriver driver = server.open()) {
      assertEquals(code, driver.code(line.strip()), line);
    }
  }

  @Test
  void hostOnlyBeforeUser() throws IOException {
    try (SessionDriver driver = server.open()) {
      assertEquals(220, driver.code("HOST LOCALHOST"));
      assertEquals("localhost", driver.session().options().host().orElseThrow());
      assertEquals(331, driver.code("USER alice"));
      assertEquals(503, driver.code("HOST localhost"));
      assertEquals(230, driver.code("PASS secret"));
      assertEquals(503, driver.code("HOST localhost"));
      assertEquals(220, driver.code("REIN"));
      assertTrue(driver.session().options().host().isEmpty());
      assertEquals(220, driver.code("HOST 127.0.0.1"));
    }
  }

  @Test
  void clientIdentification() throws IOException {
    try (SessionDriver driver = server.open()) {
      assertEquals(200, driver.code("CLNT  lftp/4.9 "));
      assertEquals("lftp/4.9", driver.session().options().clientName().orElseThrow());
      Reply csid = driver.send("CSID Name=WinSCP; Version=6.1;");
      assertTrue(csid.text().startsWith("Name=Ferry; Version="), csid.text());
      assertEquals("Name=WinSCP; Version=6.1;",
          driver.session().options().clientName().orElseThrow());
      assertEquals(200, driver.code("CLNT " + "x".repeat(500)));
      assertEquals(128,
          driver.session().options().clientName().orElseThrow().length());
      List<String> feat = driver.send("FEAT").lines();
      for (String feature : new String[] {" CLNT", " CSID", " HOST", " LANG EN*", " MDTM",
          " SIZE", " TVFS"}) {
        assertTrue(feat.contains(feature), feature + " in " + feat);
      }
      // Before login nothing depends on a backend.
      assertFalse(feat.contains(" MFMT"), feat.toString());
    }
  }

  @Test
  void siteHelpListsOnlyWhatWorks() throws IOException {
    try (SessionDriver driver = loggedIn("alice", "secret")) {
      String help = driver.send("SITE HELP").text();
      assertTrue(help.contains("UTIME"), help);
      // The memory backend has no unix modes.
      assertFalse(help.contains("CHMOD"), help);
      assertEquals(502, driver.code("SITE CHMOD 644 /ext/abc.txt"));
      Reply helpSite = driver.send("HELP SITE");
      assertEquals(214, helpSite.code().code());
      assertTrue(helpSite.lines().contains(" SITE " + "UTIME <sp> YYYYMMDDhhmm[ss] <sp> pathname"
          + " | UTIME <sp> pathname atime mtime ctime UTC"), helpSite.lines().toString());
      assertFalse(helpSite.text().contains("CHMOD"), helpSite.text());
      assertEquals(200, driver.code("SITE UTIME 202001021304 /ext/abc.txt"));
      assertEquals("20200102130400", driver.send("MDTM /ext/abc.txt").text());
      assertEquals(200, driver.code(
          "SITE UTIME /ext/abc.txt 20210101000000 20210102030405 20210101000000 UTC"));
      assertEquals("20210102030405", driver.send("MDTM /ext/abc.txt").text());
      assertEquals(501, driver.code("SITE UTIME /ext/abc.txt"));
      assertEquals(501, driver.code("SITE UTIME 2020 /ext/abc.txt"));
      assertEquals(550, driver.code("SITE UTIME 202001021304 /ext/missing"));
    }
  }
}
