package dev.ferry.ftp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.param.RepresentationType;
import dev.ferry.ftp.testkit.docs.DocSnippets;
import dev.ferry.ftp.tls.ClientTls;
import dev.ferry.ftp.tls.TlsMode;
import dev.ferry.ftp.tls.TlsPolicy;
import dev.ferry.ftp.tls.TrustSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of {@code docs/client.md}, compiled and run against an embedded MINA FtpServer;
 * the guide must quote them exactly.
 */
class ClientGuideTest {
  private static MinaServer server;
  private static int port;
  @TempDir Path dir;

  @BeforeAll
  static void start() throws IOException {
    server = MinaServer.start(Files.createTempDirectory("ferry-guide"));
    port = server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void guideQuotesTheseExamples() throws IOException {
    DocSnippets.assertGuideMatches(
        Path.of("src/test/java/dev/ferry/ftp/client/ClientGuideTest.java"),
        Path.of("../docs/client.md"));
  }

  private FtpClientConfig config() {
    return FtpClientConfig.builder("127.0.0.1")
        .port(port)
        .credentials(Credentials.of("ferry", "secret"))
        .build();
  }

  @Test
  void connectAndList() throws IOException {
    List<String> printed = new ArrayList<>();
    // snippet:connect
    FtpClientConfig config = FtpClientConfig.builder("127.0.0.1")
        .port(port)
        .credentials(Credentials.of("ferry", "secret"))
        .build();
    try (FtpSession ftp = FtpClient.connect(config)) {
      ftp.createDirectories("/reports/2026");
      for (RemoteFile file : ftp.list("/reports")) {
        printed.add(file.name() + (file.isDirectory() ? "/" : " " + file.size().orElse(-1)));
      }
    }
    // end-snippet
    assertEquals(List.of("2026/"), printed);
  }

  @Test
  void ftps() throws IOException {
    Path report = Files.writeString(dir.resolve("report.csv"), "region,total\nnorth,42\n");
    TestTls.writePem(dir);
    Files.move(dir.resolve("cert.pem"), dir.resolve("server-ca.pem"));
    try (FerryServer server =
        FerryServer.start(Files.createTempDirectory("ferry-guide-ftps"), TlsMode.EXPLICIT)) {
      int ftpsPort = server.config().build().port();
      // snippet:ftps
      TrustSource trust = TrustSource.fromPem(dir.resolve("server-ca.pem")); // or TrustSource.system()
      ClientTls tls = ClientTls.create(trust, TlsPolicy.DEFAULT);             // EXPLICIT: AUTH TLS
      FtpClientConfig config = FtpClientConfig.builder("127.0.0.1")
          .port(ftpsPort)
          .credentials(Credentials.of("ferry", "secret"))
          .tls(tls)
          .build();
      try (FtpSession ftp = FtpClient.connect(config)) {
        System.out.println(ftp.tlsSession().orElseThrow().getProtocol()); // TLSv1.3
        ftp.upload(report, "/secret.csv");
      }
      // end-snippet
      assertEquals(Files.readString(report), Files.readString(server.localHome().resolve("secret.csv")));
    }
  }

  @Test
  void transferFiles() throws IOException {
    Path report = Files.writeString(dir.resolve("report.csv"), "region,total\nnorth,42\n");
    Path copy = dir.resolve("copy.csv");
    try (FtpSession ftp = FtpClient.connect(config())) {
      // snippet:files
      TransferResult up = ftp.upload(report, "/report.csv");
      assertEquals(Files.size(report), up.fileSize());

      TransferOptions options = TransferOptions.defaults()
          .withResume(true)                    // continue a partial copy (REST)
          .withPreservedModificationTime(true) // MDTM on download, MFMT on upload
          .withVerification(Verification.IF_OFFERED) // HASH or XSHA256/XMD5/XCRC when offered
          .withListener(progress -> System.out.printf("%d bytes, %.0f B/s, %s left%n",
              progress.position(), progress.bytesPerSecond(), progress.remaining().orElse(null)));
      ftp.download("/report.csv", copy, options);
      // end-snippet
      assertEquals(Files.readString(report), Files.readString(copy));
    }
  }

  @Test
  void streams() throws IOException {
    try (FtpSession ftp = FtpClient.connect(config())) {
      // snippet:streams
      try (OutputStream out = ftp.store("/notes.txt")) {
        out.write("first line\n".getBytes(StandardCharsets.UTF_8));
      } // close() ends the data and checks the server's final reply

      try (InputStream in = ftp.retrieve("/notes.txt")) {
        assertEquals("first line\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }

      try (FtpInputStream in = ftp.retrieve("/notes.txt", 6, TransferOptions.defaults())) {
        in.readNBytes(2); // "li"
        in.abort();       // ABOR: the session stays usable
      }
      // end-snippet
      ftp.noop();
    }
  }

  @Test
  void errors() throws IOException {
    String seen = "";
    try (FtpSession ftp = FtpClient.connect(config())) {
      // snippet:errors
      try {
        ftp.retrieve("/no/such/file").close();
      } catch (FtpNotFoundException e) {
        seen = e.reply().code().code() + " " + e.reply().text(); // the server's own words
      }
      // end-snippet
    }
    assertTrue(seen.startsWith("550"), seen);
  }

  @Test
  void fileOperations() throws IOException {
    try (FtpSession ftp = FtpClient.connect(config())) {
      Path report = Files.writeString(dir.resolve("draft.txt"), "draft");
      // snippet:file-operations
      ftp.createDirectories("/archive/2026/q1");
      ftp.upload(report, "/archive/2026/q1/draft.txt");
      ftp.rename("/archive/2026/q1/draft.txt", "/archive/2026/q1/final.txt");
      RemoteFile file = ftp.stat("/archive/2026/q1/final.txt");
      assertEquals(5, file.size().orElseThrow());
      assertTrue(ftp.exists("/archive/2026"));
      ftp.deleteRecursively("/archive");
      assertFalse(ftp.exists("/archive"));
      // end-snippet
    }
  }

  @Test
  void configuration() throws IOException {
    // snippet:configuration
    FtpClientConfig config = FtpClientConfig.builder("127.0.0.1")
        .port(port)
        .credentials(Credentials.of("ferry", "secret"))
        .dataConnectionMode(DataConnectionMode.active(InetAddress.getLoopbackAddress(), 50000, 50100))
        .connectTimeout(Duration.ofSeconds(5))
        .replyTimeout(Duration.ofSeconds(20))
        .dataTimeout(Duration.ofSeconds(30))
        .keepAliveInterval(Duration.ofSeconds(30)) // NOOP during long transfers
        .build();
    try (FtpSession ftp = FtpClient.connect(config);
        OutputStream out = ftp.store("/ascii.txt", 0,
            TransferOptions.defaults().withType(RepresentationType.ASCII))) {
      out.write("line ends become CRLF on the wire\n".getBytes(StandardCharsets.US_ASCII));
    }
    // end-snippet
    assertEquals(
        "line ends become CRLF on the wire\n",
        Files.readString(server.localHome().resolve("ascii.txt")));
  }

  @Test
  void poolAndSegments() throws IOException {
    Files.write(server.localHome().resolve("big.iso"), new byte[3 << 20]);
    FtpClientConfig config = config();
    Path target = dir.resolve("big.iso");
    // snippet:pool
    try (FtpSessionPool pool = FtpSessionPool.create(config, 4)) {
      // Four ranges at once, each a REST and RETR on its own session (like lftp pget -n 4).
      TransferResult result = pool.download("/big.iso", target, 4, TransferOptions.defaults());
      assertEquals(3 << 20, result.fileSize());

      try (FtpSessionPool.Lease lease = pool.acquire()) { // one session, for this thread only
        lease.session().delete("/big.iso");
      }
    }
    // end-snippet
    assertEquals(3 << 20, Files.size(target));
  }

  @Test
  void nioPaths() throws IOException {
    Path local = dir;
    List<String> seen = new ArrayList<>();
    // snippet:nio
    URI uri = URI.create("ftp://ferry@127.0.0.1:" + port + "/");
    try (FileSystem ftp = FileSystems.newFileSystem(uri, Map.of("password", "secret"))) {
      Path remote = ftp.getPath("/nio/hello.txt");
      Files.createDirectories(remote.getParent());
      Files.writeString(remote, "hello");
      Files.copy(remote, local.resolve("hello.txt"));
      try (Stream<Path> tree = Files.walk(ftp.getPath("/nio"))) {
        tree.forEach(path -> seen.add(path + (Files.isDirectory(path) ? "/" : "")));
      }
    }
    // end-snippet
    assertEquals(List.of("/nio/", "/nio/hello.txt"), seen);
    assertEquals("hello", Files.readString(local.resolve("hello.txt")));
  }

  @Test
  void nioFtpsPaths() throws IOException {
    TestTls.writePem(dir);
    Files.move(dir.resolve("cert.pem"), dir.resolve("server-ca.pem"));
    try (FerryServer server =
        FerryServer.start(Files.createTempDirectory("ferry-guide-nio-ftps"), TlsMode.IMPLICIT)) {
      int ftpsPort = server.config().build().port();
      // snippet:nio-ftps
      TlsPolicy implicit = TlsPolicy.DEFAULT.toBuilder().mode(TlsMode.IMPLICIT).build();
      ClientTls tls = ClientTls.create(TrustSource.fromPem(dir.resolve("server-ca.pem")), implicit);
      URI uri = URI.create("ftps://ferry@127.0.0.1:" + ftpsPort + "/"); // ftpes:// for AUTH TLS
      try (FileSystem ftps =
          FileSystems.newFileSystem(uri, Map.of("password", "secret", "tls", tls))) {
        Files.writeString(ftps.getPath("/private.txt"), "over TLS");
      }
      // end-snippet
      assertEquals("over TLS", Files.readString(server.localHome().resolve("private.txt")));
    }
  }

  @Test
  void trees() throws IOException {
    Path site = Files.createDirectories(dir.resolve("site/css"));
    Files.writeString(site.resolve("main.css"), "body {}");
    Files.writeString(dir.resolve("site/index.html"), "<h1>hi</h1>");
    FtpClientConfig config = config();
    Path backup = dir.resolve("backup");
    // snippet:trees
    MirrorOptions mirror = MirrorOptions.defaults()
        .withPolicy(MirrorOptions.Policy.NEWER) // only what changed
        .withDeleteExtraneous(true)             // and remove what is gone
        .withTransfer(TransferOptions.defaults().withPreservedModificationTime(true));
    try (FtpSessionPool pool = FtpSessionPool.create(config, 3)) {
      TreeResult published = pool.uploadTree(dir.resolve("site"), "/www", mirror);
      TreeResult saved = pool.downloadTree("/www", backup, mirror);
      assertEquals(2, published.filesTransferred());
      assertEquals(2, saved.filesTransferred());
    }
    // end-snippet
    assertEquals("body {}", Files.readString(backup.resolve("css/main.css")));
  }
}
