package dev.ferry.ftp.cli.internal.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.cli.internal.config.ConfigException;
import dev.ferry.ftp.server.auth.PasswordHash;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPSClient;
import org.apache.commons.net.util.TrustManagerUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ferry server} in this JVM: TLS listeners, two users on two backends, reload. */
class ServerCommandTest {
  @TempDir Path dir;

  static String usersYaml(Path aliceHome, String alicePassword, String bobPassword) {
    return """
        # two users, two backends
        users:
          alice:
            password: "%s"
            permissions: all
            home: {scheme: local, options: {root: "%s"}}
          bob:
            password: "%s"
            permissions: all
            home: {scheme: memory}
        """.formatted(PasswordHash.argon2id(alicePassword), aliceHome,
        PasswordHash.argon2id(bobPassword));
  }

  static String ferryYaml() {
    return """
        listeners:
          - {bind: 127.0.0.1, port: 0, tls: explicit}
          - {bind: 127.0.0.1, port: 0, tls: implicit}
        passive: {ports: any}
        tls: {self-signed-hosts: [127.0.0.1], session-reuse: warn}
        timeouts: {shutdown-grace: 1s}
        login: {failure-delay: 0s}
        """;
  }

  private RunningServer start(String... args) throws Exception {
    ServerCommand command = new ServerCommand(Map.of());
    new CommandLine(command).parseArgs(args);
    return command.start();
  }

  @Test
  void servesTwoUsersOnTwoBackendsOverExplicitAndImplicitTls() throws Exception {
    Path aliceHome = Files.createDirectory(dir.resolve("alice"));
    Files.writeString(dir.resolve("users.yaml"), usersYaml(aliceHome, "alice-pw", "bob-pw"));
    Files.writeString(dir.resolve("ferry.yaml"), ferryYaml());
    try (RunningServer running = start("--config", dir.resolve("ferry.yaml").toString())) {
      InetSocketAddress explicit = running.server().addresses().get(0);
      InetSocketAddress implicit = running.server().addresses().get(1);

      FTPSClient alice = tlsClient(false, explicit, "alice", "alice-pw");
      assertTrue(alice.storeFile("report.txt", stream("quarterly")));
      logout(alice);
      assertEquals("quarterly", Files.readString(aliceHome.resolve("report.txt")));

      FTPSClient bob = tlsClient(true, implicit, "bob", "bob-pw");
      assertTrue(bob.storeFile("memo.txt", stream("in memory")));
      ByteArrayOutputStream back = new ByteArrayOutputStream();
      assertTrue(bob.retrieveFile("memo.txt", back));
      assertEquals("in memory", back.toString(StandardCharsets.UTF_8));
      logout(bob);
      assertFalse(Files.exists(aliceHome.resolve("memo.txt")));

      FTPClient plain = new FTPClient();
      plain.connect(explicit.getAddress(), explicit.getPort());
      assertFalse(plain.login("alice", "alice-pw"), "TLS is required before login by default");
      assertEquals(534, plain.getReplyCode());
      plain.disconnect();
    }
  }

  @Test
  void reloadSwapsTheUsersAndKeepsThemWhenTheFileIsBroken() throws Exception {
    Path aliceHome = Files.createDirectory(dir.resolve("alice"));
    Path users = dir.resolve("users.yaml");
    Files.writeString(users, usersYaml(aliceHome, "old-pw", "bob-pw"));
    Files.writeString(dir.resolve("ferry.yaml"), ferryYaml());
    try (RunningServer running = start("--config", dir.resolve("ferry.yaml").toString())) {
      InetSocketAddress explicit = running.server().addresses().get(0);
      FTPSClient before = tlsClient(false, explicit, "alice", "old-pw");

      Files.writeString(users, usersYaml(aliceHome, "new-pw", "bob-pw"));
      assertTrue(running.reload());
      assertTrue(before.sendNoOp(), "a session logged in before the reload goes on");
      logout(before);
      logout(tlsClient(false, explicit, "alice", "new-pw"));

      Files.writeString(users, "users: [broken\n");
      assertFalse(running.reload());
      logout(tlsClient(false, explicit, "alice", "new-pw"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"C", "P"})
  void closingDuringAnEndlessUploadNeverCommitsIt(String protection) throws Exception {
    Path aliceHome = Files.createDirectory(dir.resolve("alice"));
    Files.writeString(dir.resolve("users.yaml"), usersYaml(aliceHome, "pw", "pw"));
    Files.writeString(dir.resolve("ferry.yaml"), ferryYaml());
    RunningServer running = start("--config", dir.resolve("ferry.yaml").toString(),
        "--set", "tls.require-data=false");
    FTPSClient alice = tlsClient(false, running.server().addresses().get(0), "alice", "pw");
    alice.execPROT(protection);
    AtomicLong sent = new AtomicLong();
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          throw new IOException(e);
        }
        sent.addAndGet(length);
        return length;
      }
    };
    CompletableFuture<Boolean> upload = CompletableFuture.supplyAsync(() -> {
      try {
        return alice.storeFile("big.bin", endless);
      } catch (IOException e) {
        return false;
      }
    });
    while (sent.get() < 256 * 1024) {
      Thread.sleep(20);
    }
    running.close();
    assertFalse(upload.get(60, TimeUnit.SECONDS));
    assertFalse(Files.exists(aliceHome.resolve("big.bin")), "nothing under the final name");
  }

  @Test
  void aBadUsersFileStopsTheStart() throws Exception {
    Files.writeString(dir.resolve("users.yaml"), "users:\n  alice: {password: nope}\n");
    Files.writeString(dir.resolve("ferry.yaml"), ferryYaml());
    IOException e = assertThrows(IOException.class,
        () -> start("--config", dir.resolve("ferry.yaml").toString()));
    assertTrue(e.getMessage().contains("users.yaml:2: users.alice.password"), e.getMessage());
  }

  @Test
  void aMissingCertificateStopsTheStartNamingTheFile() throws Exception {
    Files.writeString(dir.resolve("users.yaml"), "users: {}\n");
    Files.writeString(dir.resolve("ferry.yaml"), """
        listeners: [{bind: 127.0.0.1, port: 0}]
        tls: {certificate: none.pem, private-key: none-key.pem}
        """);
    ConfigException e = assertThrows(ConfigException.class,
        () -> start("--config", dir.resolve("ferry.yaml").toString()));
    assertTrue(e.getMessage().contains("none.pem"), e.getMessage());
  }

  @Test
  void aPortInUseIsReportedAndNothingIsLeftRunning() throws Exception {
    Files.writeString(dir.resolve("users.yaml"), "users: {}\n");
    try (ServerSocket taken = new ServerSocket(0, 1,
        InetAddress.getLoopbackAddress())) {
      Files.writeString(dir.resolve("ferry.yaml"),
          "listeners: [{bind: 127.0.0.1, port: " + taken.getLocalPort() + ", tls: off}]\n");
      ServerCommand command = new ServerCommand(Map.of());
      CommandLine line = new CommandLine(command);
      StringWriter err = new StringWriter();
      line.setErr(new PrintWriter(err));
      assertEquals(3, line.execute("--config", dir.resolve("ferry.yaml").toString()));
      assertTrue(err.toString().startsWith("ferry: cannot start:"), err.toString());
    }
  }

  @Test
  void anInvalidConfigurationExitsWithOne() throws Exception {
    Files.writeString(dir.resolve("ferry.yaml"), "listeners: [{port: x}]\n");
    ServerCommand command = new ServerCommand(Map.of());
    CommandLine line = new CommandLine(command);
    StringWriter err = new StringWriter();
    line.setErr(new PrintWriter(err));
    assertEquals(1, line.execute("--config", dir.resolve("ferry.yaml").toString()));
    assertTrue(err.toString().contains("ferry.yaml:1: listeners.0.port: must be a whole number"),
        err.toString());
  }

  static FTPSClient tlsClient(boolean implicit, InetSocketAddress address, String user,
      String password) throws IOException {
    FTPSClient client = new FTPSClient(implicit);
    client.setTrustManager(TrustManagerUtils.getAcceptAllTrustManager());
    client.setConnectTimeout(30_000);
    client.setDefaultTimeout(60_000);
    client.connect(address.getAddress(), address.getPort());
    client.execPBSZ(0);
    client.execPROT("P");
    assertTrue(client.login(user, password), client.getReplyString());
    client.enterLocalPassiveMode();
    client.setFileType(FTP.BINARY_FILE_TYPE);
    return client;
  }

  static void logout(FTPClient client) throws IOException {
    client.logout();
    client.disconnect();
  }

  static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
