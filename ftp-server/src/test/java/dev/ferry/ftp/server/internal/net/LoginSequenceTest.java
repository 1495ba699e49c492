package dev.ferry.ftp.server.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.internal.session.LoginState;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The login state machine of RFC 959 §5.4 (USER, PASS, ACCT, REIN), driven without sockets. */
class LoginSequenceTest {
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
  void userThenPassLogsIn() throws IOException {
    try (SessionDriver driver = server.open()) {
      assertEquals(331, driver.code("USER alice"));
      assertInstanceOf(LoginState.UserGiven.class, driver.session().login());
      assertEquals(230, driver.code("PASS secret"));
      LoginState.LoggedIn in = assertInstanceOf(LoginState.LoggedIn.class,
          driver.session().login());
      assertEquals("alice", in.account().name());
      assertEquals(VirtualPath.ROOT, driver.session().workingDirectory());
    }
  }

  @Test
  void passWithoutUserIsOutOfSequence() throws IOException {
    try (SessionDriver driver = server.open()) {
      assertEquals(503, driver.code("PASS secret"));
      assertInstanceOf(LoginState.Connected.class, driver.session().login());
    }
  }

  @Test
  void aWrongPasswordAndAnUnknownUserGetTheSameReply() throws IOException {
    try (SessionDriver driver = server.open()) {
      assertEquals(331, driver.code("USER alice"));
      Reply wrongPassword = driver.send("PASS nope");
      assertEquals(331, driver.code("USER mallory"));
      Reply unknownUser = driver.send("PASS nope");
      assertEquals(530, wrongPassword.code().code());
      assertEquals(wrongPassword, unknownUser);
      assertInstanceOf(LoginState.Connected.class, driver.session().login());
      // The failed PASS left no half-login behind: PASS needs USER again.
      assertEquals(503, driver.code("PASS secret"));
    }
  }

  @Test
  void commandsNeedALogin() throws IOException {
    try (SessionDriver driver = server.open()) {
      for (String line : new String[] {"PWD", "CWD /", "LIST", "RETR a", "STOR a", "PASV",
          "TYPE I", "REST 5", "ABOR", "SITE HELP"}) {
        assertEquals(530, driver.code(line), line);
      }
      for (String line : new String[] {"NOOP", "SYST", "FEAT", "HELP", "STAT"}) {
        assertTrue(driver.send(line).code().category().isPositive(), line);
      }
    }
  }

  @Test
  void aNewUserFlushesTheLogin() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      assertEquals(331, driver.code("USER reader"));
      assertInstanceOf(LoginState.UserGiven.class, driver.session().login());
      assertEquals(530, driver.code("PWD"));
      assertEquals(230, driver.code("PASS read"));
      assertEquals(Permission.readOnly(), driver.session().account().orElseThrow().permissions());
    }
  }

  @Test
  void reinLogsOutAndResetsParameters() throws IOException {
    try (SessionDriver driver = server.open()) {
      driver.login();
      assertEquals(200, driver.code("TYPE I"));
      assertEquals(200, driver.code("EPSV ALL"));
      assertEquals(220, driver.code("REIN"));
      assertInstanceOf(LoginState.Connected.class, driver.session().login());
      assertEquals("A", driver.session().parameters().type().toArgument());
      assertTrue(!driver.session().epsvAll());
      assertEquals(530, driver.code("PWD"));
      driver.login();
      assertEquals(257, driver.code("PWD"));
    }
  }

  @Test
  void acctIsSuperfluous() throws IOException {
    try (SessionDriver driver = server.open()) {
      assertEquals(202, driver.code("ACCT anything"));
    }
  }

  @Test
  void anonymousLoginIsReadOnly() throws IOException {
    try (SessionDriver driver = server.open()) {
      assertEquals(331, driver.code("USER anonymous"));
      assertEquals(230, driver.code("PASS guest@example.com"));
      assertEquals(Permission.readOnly(), driver.session().account().orElseThrow().permissions());
      assertEquals(550, driver.code("STOR x"));
    }
  }

  @Test
  void quitSaysGoodbyeAndCloses() throws Exception {
    SessionDriver driver = server.open();
    assertEquals(221, driver.code("QUIT"));
    driver.awaitEnd();
    assertTrue(driver.channelClosed());
    driver.close();
  }
}
