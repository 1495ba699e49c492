package dev.ferry.ftp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.multibindings.Multibinder;
import dev.ferry.ftp.server.FtpServer;
import dev.ferry.ftp.server.ListenerConfig;
import dev.ferry.ftp.server.PassiveConfig;
import dev.ferry.ftp.server.Timeouts;
import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.auth.PasswordHash;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.auth.UsersFile;
import dev.ferry.ftp.server.event.FtpEvent;
import dev.ferry.ftp.server.event.FtpEventListener;
import dev.ferry.ftp.testkit.docs.DocSnippets;
import dev.ferry.ftp.tls.KeyMaterial;
import dev.ferry.ftp.tls.SelfSignedCertificate;
import dev.ferry.ftp.tls.ServerTlsContext;
import dev.ferry.ftp.tls.TlsMode;
import dev.ferry.ftp.tls.TlsPolicy;
import dev.ferry.ftp.vfs.VfsConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPSClient;
import org.apache.commons.net.util.TrustManagerUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/embedding.md's examples, compiled and run; the guide must quote them exactly. */
class EmbeddingGuideTest {
  @TempDir Path dataDir;

  @Test
  void theGuideQuotesTheseExamples() throws IOException {
    DocSnippets.assertGuideMatches(
        Path.of("src/test/java/dev/ferry/ftp/cli/EmbeddingGuideTest.java"),
        Path.of("../docs/embedding.md"));
  }

  @Test
  void embedAnFtpsServer() throws Exception {
    Path shared = Files.createDirectory(dataDir.resolve("shared"));
    Files.writeString(dataDir.resolve("users.yaml"), """
        users:
          carol:
            password: "%s"
            home: {scheme: memory}
        """.formatted(PasswordHash.argon2id("carol-secret")));
    List<FtpEvent> events = new CopyOnWriteArrayList<>();

    // snippet:embed-ftps
    // A certificate generated once and kept, so clients that pinned it keep trusting it.
    ServerTlsContext keys = ServerTlsContext.create(() -> SelfSignedCertificate
        .forHosts("localhost", "127.0.0.1")
        .loadOrGenerate(dataDir.resolve("cert.pem"), dataDir.resolve("key.pem")));
    UsersFile users = UsersFile.load(dataDir.resolve("users.yaml"));

    FtpServer server = FtpServer.builder()
        .listener(ListenerConfig.of(InetAddress.getLoopbackAddress(), 0)
            .withPassive(PassiveConfig.range(30000, 30100))
            .withTls(TlsPolicy.builder().mode(TlsMode.EXPLICIT).controlRequired(true).build(),
                keys))
        .user("alice", "alice-secret",
            HomeDirectory.of("local", VfsConfig.of(Map.of("root", shared.toString()))),
            Permission.all())
        .usersFile(users)
        .timeouts(Timeouts.defaults().withShutdownGrace(Duration.ofSeconds(5)))
        .module(binder -> Multibinder.newSetBinder(binder, FtpEventListener.class)
            .addBinding().toInstance(events::add))
        .build()
        .start();
    try {
      uploadAsAlice(server.port());   // any FTPS client: curl --ssl-reqd, lftp, FileZilla
      users.reload();                 // after editing users.yaml: new logins see the change
      keys.reload();                  // after replacing the certificate: new handshakes use it
    } finally {
      server.close();                 // transfers may finish within the grace, then 421
    }
    // end-snippet

    assertEquals("hello", Files.readString(shared.resolve("hello.txt")));
    assertTrue(events.stream().anyMatch(FtpEvent.UploadFinished.class::isInstance), "" + events);
    KeyMaterial stored = KeyMaterial.fromPem(dataDir.resolve("cert.pem"),
        dataDir.resolve("key.pem"));
    assertEquals(stored.fingerprint(), keys.keyMaterial().fingerprint());
  }

  private static void uploadAsAlice(int port) throws IOException {
    FTPSClient client = new FTPSClient(false);
    client.setTrustManager(TrustManagerUtils.getAcceptAllTrustManager());
    client.connect("127.0.0.1", port);
    try {
      client.execPBSZ(0);
      client.execPROT("P");
      assertTrue(client.login("alice", "alice-secret"));
      client.enterLocalPassiveMode();
      client.setFileType(FTP.BINARY_FILE_TYPE);
      assertTrue(client.storeFile("hello.txt",
          new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8))));
      client.logout();
    } finally {
      client.disconnect();
    }
  }
}
