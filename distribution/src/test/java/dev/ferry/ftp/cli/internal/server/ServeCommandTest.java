package dev.ferry.ftp.cli.internal.server;

import static dev.ferry.ftp.cli.internal.server.ServerCommandTest.logout;
import static dev.ferry.ftp.cli.internal.server.ServerCommandTest.stream;
import static dev.ferry.ftp.cli.internal.server.ServerCommandTest.tlsClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ferry serve} in this JVM. */
class ServeCommandTest {
  private static final Pattern PASSWORD = Pattern.compile("password: (\\S+)");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private RunningServer start(String... args) throws Exception {
    ServeCommand command = new ServeCommand();
    CommandLine line = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    line.parseArgs(args);
    return command.start();
  }

  private int execute(String... args) {
    CommandLine line = new CommandLine(new ServeCommand())
        .setCaseInsensitiveEnumValuesAllowed(true);
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    return line.execute(args);
  }

  @Test
  void sharesAFolderReadOnlyWithAGeneratedUserAndExplicitTls() throws Exception {
    Path share = Files.createDirectory(dir.resolve("share"));
    Files.writeString(share.resolve("hello.txt"), "hello");
    try (RunningServer running = start(share.toString(), "--bind", "127.0.0.1", "--port", "0",
        "--passive-ports", "any", "--state-dir", dir.resolve("state").toString())) {
      Matcher password = PASSWORD.matcher(out.toString());
      assertTrue(password.find(), out.toString());
      assertTrue(out.toString().contains("(read-only)"), out.toString());
      assertTrue(out.toString().contains("TLS: explicit (AUTH TLS), certificate SHA-256"));
      assertTrue(Files.exists(dir.resolve("state/tls/serve-cert.pem")));
      InetSocketAddress address = running.server().addresses().get(0);

      FTPClient plain = new FTPClient();
      plain.connect(address.getAddress(), address.getPort());
      assertTrue(plain.login("ferry", password.group(1)), "clear text is allowed in quick mode");
      plain.enterLocalPassiveMode();
      FTPFile[] files = plain.listFiles();
      assertEquals("hello.txt", files[0].getName());
      assertFalse(plain.storeFile("new.txt", stream("x")), "read-only without --write");
      logout(plain);

      logout(tlsClient(false, address, "ferry", password.group(1)));
    }
  }

  @Test
  void writesWithGivenUsersAndServesAnonymousWithoutTls() throws Exception {
    Path share = Files.createDirectory(dir.resolve("share"));
    try (RunningServer running = start(share.toString(), "--bind", "127.0.0.1", "--port", "0",
        "--user", "alice:wonder", "--write", "--anonymous", "--tls", "off",
        "--passive-ports", "40000-40100", "--passive-address", "127.0.0.1")) {
      assertFalse(out.toString().contains("password:"), out.toString());
      assertTrue(out.toString().contains("anonymous login: on"), out.toString());
      InetSocketAddress address = running.server().addresses().get(0);
      FTPClient alice = new FTPClient();
      alice.connect(address.getAddress(), address.getPort());
      assertTrue(alice.login("alice", "wonder"));
      alice.enterLocalPassiveMode();
      alice.setFileType(FTP.BINARY_FILE_TYPE);
      assertTrue(alice.storeFile("up.txt", stream("uploaded")));
      logout(alice);
      assertEquals("uploaded", Files.readString(share.resolve("up.txt"), StandardCharsets.UTF_8));

      FTPClient anonymous = new FTPClient();
      anonymous.connect(address.getAddress(), address.getPort());
      assertTrue(anonymous.login("anonymous", "guest@example.com"));
      assertEquals(500, anonymous.sendCommand("AUTH TLS") / 100 * 100);
      logout(anonymous);
    }
  }

  @Test
  void servesMemoryWithImplicitTls() throws Exception {
    try (RunningServer running = start("--backend", "memory", "--bind", "127.0.0.1",
        "--port", "0", "--tls", "implicit", "--user", "bob:pw", "--write",
        "--state-dir", dir.toString())) {
      assertTrue(out.toString().contains("memory storage"), out.toString());
      assertTrue(out.toString().contains("ftps://"), out.toString());
      var bob = tlsClient(true, running.server().addresses().get(0), "bob", "pw");
      assertTrue(bob.storeFile("m.txt", stream("m")));
      logout(bob);
    }
  }

  @Test
  void badArgumentsAreRefused() {
    assertEquals(2, execute("--user", "nocolon", "--bind", "127.0.0.1", "--port", "0",
        "--tls", "off", dir.toString()));
    assertTrue(err.toString().contains("--user must be NAME:PASSWORD"), err.toString());
    assertEquals(2, execute("--passive-ports", "9-1", dir.toString()));
    assertEquals(2, execute("--backend", "memory", dir.toString()));
    assertEquals(2, execute(dir.resolve("missing").toString()));
    assertEquals(2, execute("--bind", "example.com", "--tls", "off", dir.toString()));
    assertThrows(Exception.class, () -> start("--cert", "c.pem", "--bind", "127.0.0.1",
        "--port", "0", dir.toString()));
  }

  @Test
  void aBadCertificateOrABusyPortStopsTheStart() throws Exception {
    assertEquals(3, execute("--cert", dir.resolve("none.pem").toString(), "--key",
        dir.resolve("none.pem").toString(), "--bind", "127.0.0.1", "--port", "0",
        dir.toString()));
    assertTrue(err.toString().contains("ferry: cannot start:"), err.toString());
    try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertEquals(3, execute("--bind", "127.0.0.1", "--port",
          String.valueOf(taken.getLocalPort()), "--tls", "off", dir.toString()));
    }
  }
}
