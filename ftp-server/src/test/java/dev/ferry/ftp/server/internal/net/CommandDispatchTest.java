package dev.ferry.ftp.server.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.param.FileStructure;
import dev.ferry.ftp.protocol.param.RepresentationType;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dispatcher's declared checks and the simple commands, driven without sockets. */
class CommandDispatchTest {
  private static SessionDriver.Factory server;

  @BeforeAll
  static void start() {
    server = new SessionDriver.Factory();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '=', textBlock = """
      XYZZY = 502
      SMNT /mnt = 502
      CWD = 501
      PWD extra = 501
      TYPE = 501
      TYPE I = 200
      TYPE A = 200
      TYPE L 8 = 200
      TYPE A T = 504
      TYPE E = 200
      TYPE E T = 504
      TYPE L 7 = 504
      TYPE Q = 501
      STRU F = 200
      STRU R = 200
      STRU P = 504
      MODE S = 200
      MODE B = 200
      MODE C = 200
      MODE Z = 200
      MODE X = 501
      REST 100 = 350
      REST -1 = 501
      REST x = 501
      SYST = 215
      NOOP = 200
      ABOR = 225
      CDUP = 200
      XCUP = 200
      CWD /missing = 550
      STAT = 211
      STAT / = 212
      STAT /missing = 550
      HELP = 214
      HELP RETR = 214
      HELP XYZZY = 502
      OPTS UTF8 ON = 200
      OPTS UTF8 OFF = 504
      OPTS MLST type; = 200
      OPTS NOPE x = 501
      SITE HELP = 214
      SITE NOPE = 500
      PORT 1,2,3 = 501
      EPRT |3|x|1| = 522
      EPSV 2 = 522
      RETR = 501
      """)
  void repliesFollowRfc959(String line, int code) throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      assertEquals(code, driver.code(line.strip()), line);
    }
  }

  @Test
  void pwdQuotesTheDirectory() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      driver.backend().createDirectory(VirtualPath.of("/say \"hi\""));
      assertEquals(250, driver.code("CWD say \"hi\""));
      Reply pwd = driver.send("XPWD");
      assertEquals(257, pwd.code().code());
      assertEquals("/say \"hi\"", pwd.pathname());
      assertEquals(VirtualPath.of("/say \"hi\""), driver.session().workingDirectory());
      assertEquals(200, driver.code("CDUP"));
      assertEquals(VirtualPath.ROOT, driver.session().workingDirectory());
    }
  }

  @Test
  void pathsCannotEscapeTheHome() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      assertEquals(250, driver.code("CWD ../../.."));
      assertEquals(VirtualPath.ROOT, driver.session().workingDirectory());
      assertEquals(553, driver.code("CWD a\u0001b"));
    }
  }

  @Test
  void aLineThatIsNotUtf8IsReadAsLatin1() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      driver.backend().createDirectory(VirtualPath.of("/café"));
      // RFC 2640 falls back for clients that send ISO-8859-1: 0xE9 alone is not UTF-8.
      driver.sendRaw(new byte[] {'C', 'W', 'D', ' ', 'c', 'a', 'f', (byte) 0xE9, '\r', '\n'});
      assertEquals(250, driver.reply().code().code());
      assertEquals(VirtualPath.of("/café"), driver.session().workingDirectory());
      assertEquals(250, driver.code("CWD /café"));
    }
  }

  @Test
  void parametersAreTyped() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      assertEquals(200, driver.code("TYPE i"));
      assertEquals(RepresentationType.IMAGE, driver.session().parameters().type());
      assertEquals(FileStructure.FILE, driver.session().parameters().structure());
      assertTrue(driver.session().parameters().isUnchangedBytes());
      assertEquals(200, driver.code("TYPE A"));
      assertTrue(!driver.session().parameters().isUnchangedBytes());
    }
  }

  @Test
  void restNeedsStreamMode() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      assertEquals(200, driver.code("MODE B"));
      assertEquals(504, driver.code("REST 10"));
      assertEquals(200, driver.code("MODE S"));
      assertEquals(350, driver.code("REST 10"));
    }
  }

  @Test
  void featListsWhatTheRegistryDeclares() throws IOException {
    try (SessionDriver driver = server.open()) {
      Reply feat = driver.send("FEAT");
      assertEquals(211, feat.code().code());
      assertEquals("Features:", feat.lines().get(0));
      assertEquals("End", feat.lines().get(feat.lines().size() - 1));
      for (String feature :
          new String[] {" EPRT", " EPSV", " MODE Z", " REST STREAM", " TVFS", " UTF8"}) {
        assertTrue(feat.lines().contains(feature), feature + " in " + feat.lines());
      }
    }
  }

  @Test
  void helpListsEveryVerbAndAlias() throws IOException {
    try (SessionDriver driver = server.open()) {
      String help = driver.send("HELP").text();
      for (String verb : new String[] {"USER", "PASS", "XPWD", "XCWD", "XCUP", "EPSV", "FEAT"}) {
        assertTrue(help.contains(verb), verb);
      }
      assertTrue(driver.send("HELP cwd").text().contains("RFC 959"));
    }
  }

  @Test
  void epsvAllForbidsOtherDataSetups() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      assertEquals(200, driver.code("EPSV ALL"));
      assertEquals(503, driver.code("PASV"));
      assertEquals(503, driver.code("PORT 127,0,0,1,4,1"));
      assertEquals(503, driver.code("EPRT |1|127.0.0.1|1025|"));
      assertEquals(229, driver.code("EPSV"));
      assertEquals(225, driver.code("ABOR"));
    }
  }

  @Test
  void activeTargetsAreCheckedForBounce() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      // RFC 2577 §3: no privileged port, no other host.
      assertEquals(504, driver.code("PORT 127,0,0,1,0,25"));
      assertEquals(504, driver.code("PORT 10,0,0,1,4,1"));
      assertEquals(504, driver.code("EPRT |2|::1|2000|"));
      assertEquals(200, driver.code("PORT 127,0,0,1,4,1"));
      assertEquals(200, driver.code("EPRT |1|127.0.0.1|1025|"));
    }
  }

  @Test
  void aTransferWithoutDataSetupIs425() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      assertEquals(425, driver.code("LIST"));
      assertEquals(425, driver.code("RETR x"));
    }
  }

  @Test
  void anOverlongLineIs500AndTheSessionGoesOn() throws IOException {
    try (SessionDriver driver = server.open()) {
      String line = "NOOP " + "x".repeat(10_000);
      assertEquals(500, driver.code(line));
      assertEquals(200, driver.code("NOOP"));
    }
  }

  @Test
  void garbageIs500AndTheSessionGoesOn() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.sendRaw(new byte[] {(byte) 0xff, (byte) 0xfe, 1, 2, 3, '\r', '\n'});
      assertEquals(500, driver.reply().code().code());
      driver.sendRaw("\r\n".getBytes(StandardCharsets.US_ASCII));
      assertEquals(500, driver.reply().code().code());
      assertEquals(200, driver.code("NOOP"));
    }
  }

  @Test
  void aThousandBadCommandsInOneBurstAreAllAnswered() throws IOException {
    try (SessionDriver driver = server.open()) {
      StringBuilder burst = new StringBuilder();
      for (int i = 0; i < 1000; i++) {
        burst.append(i % 2 == 0 ? "BOGUS" : "RETR").append(i).append("\r\n");
      }
      driver.sendRaw(burst.toString().getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < 1000; i++) {
        assertEquals(502, driver.reply().code().code(), "command " + i);
      }
      assertEquals(200, driver.code("NOOP"));
    }
  }

  @Test
  void telnetInterruptBeforeAborIsUnderstood() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      // IAC IP, IAC DM (the Synch), then ABOR, as RFC 959 §4.1.3 asks clients to send it.
      byte[] abort = {(byte) 255, (byte) 244, (byte) 255, (byte) 242, 'A', 'B', 'O', 'R', '\r',
          '\n'};
      driver.sendRaw(abort);
      assertEquals(225, driver.reply().code().code());
    }
  }

  @Test
  void anIdleSessionIsClosedWith421() throws Exception {
    SessionDriver driver = server.open(Duration.ofMillis(100));
    assertEquals(421, driver.reply().code().code());
    driver.awaitEnd();
    assertTrue(driver.channelClosed());
    driver.close();
  }
}
