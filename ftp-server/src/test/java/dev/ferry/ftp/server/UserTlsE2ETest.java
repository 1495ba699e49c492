package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.ftp.server.auth.CertificateLogin;
import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.auth.UserAccount;
import dev.ferry.ftp.server.auth.UserTls;
import dev.ferry.ftp.tls.ClientAuth;
import dev.ferry.ftp.tls.KeyMaterial;
import dev.ferry.ftp.tls.SelfSignedCertificate;
import dev.ferry.ftp.tls.ServerTlsContext;
import dev.ferry.ftp.tls.SessionReuse;
import dev.ferry.ftp.tls.TlsMode;
import dev.ferry.ftp.tls.TlsPolicy;
import dev.ferry.ftp.tls.TrustSource;
import dev.ferry.ftp.vfs.VfsConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPSClient;
import org.apache.commons.net.util.TrustManagerUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one user needs of TLS, on a listener that needs little itself (TLS optional, client
 * certificates optional): a protected login and protected data ({@code UserTls}), and client
 * certificates that identify a user with or without the password ({@code CertificateLogin}), with
 * Commons Net (a {@code KeyManager}) and curl ({@code --cert}/{@code --key}).
 */
class UserTlsE2ETest {
  private static final KeyMaterial ALICE_CERT =
      SelfSignedCertificate.forHosts("alice.example.com").generate();
  private static final KeyMaterial BOB_CERT =
      SelfSignedCertificate.forHosts("bob.example.com").generate();
  /** Trusted by the listener, but names nobody. */
  private static final KeyMaterial STRANGER_CERT =
      SelfSignedCertificate.forHosts("stranger.example.com").generate();
  /** Not trusted by the listener. */
  private static final KeyMaterial UNTRUSTED_CERT =
      SelfSignedCertificate.forHosts("alice.example.com").generate();

  private static TestServer server;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() throws IOException {
    HomeDirectory home = HomeDirectory.of("memory", VfsConfig.empty());
    TlsPolicy optional = TlsPolicy.DEFAULT.toBuilder().mode(TlsMode.EXPLICIT)
        .controlRequired(false).dataRequired(false).clientAuth(ClientAuth.OPTIONAL)
        .sessionReuse(SessionReuse.OFF).build();
    KeyMaterial serverKey = SelfSignedCertificate.forHosts("127.0.0.1").generate();
    ServerTlsContext keys = ServerTlsContext.create(() -> serverKey, TrustSource.of(List.of(
        ALICE_CERT.certificate(), BOB_CERT.certificate(), STRANGER_CERT.certificate())));
    UserAccount careful = new UserAccount("careful", home, Permission.all())
        .withTls(new UserTls(true, true, CertificateLogin.NONE));
    UserAccount certOnly = new UserAccount("robot", home, Permission.all())
        .withTls(new UserTls(false, false, new CertificateLogin(Set.of(), Set.of(),
            Set.of("Alice.Example.com"), false)));
    UserAccount both = new UserAccount("bob", home, Permission.all())
        .withTls(new UserTls(true, false, new CertificateLogin(
            Set.of(BOB_CERT.certificate().getSubjectX500Principal()), Set.of(), Set.of(), true)));
    server = TestServer.start(builder -> builder
        .listener(ListenerConfig.loopback().withTls(optional, keys))
        .user(careful, "careful-pw")
        .user(certOnly, "robot-pw")
        .user(both, "bob-pw"));
    server.write("/file.txt", "protected\n".getBytes(StandardCharsets.US_ASCII));
  }

  @AfterEach
  void idle() throws InterruptedException {
    server.assertIdle();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @Test
  void aUserWhoNeedsTlsHearsSoOnlyAfterTheRightPassword() throws IOException {
    FTPClient plain = server.connect();
    try {
      assertFalse(plain.login("careful", "wrong"));
      assertEquals("530 Login incorrect.", plain.getReplyString().strip());
      assertFalse(plain.login("nobody", "wrong"));
      assertEquals("530 Login incorrect.", plain.getReplyString().strip());
      assertFalse(plain.login("careful", "careful-pw"));
      assertEquals(530, plain.getReplyCode());
      assertTrue(plain.getReplyString().contains("AUTH TLS"), plain.getReplyString());
      // Users without such needs log in over clear text on the same listener.
      assertTrue(plain.login("alice", TestServer.PASSWORD), plain.getReplyString());
    } finally {
      TestServer.disconnect(plain);
    }
  }

  @Test
  void aUserWhoNeedsProtectedDataGets521ForClearDataAnd534ForCcc() throws IOException {
    FTPSClient client = ftps(null);
    try {
      assertTrue(client.login("careful", "careful-pw"), client.getReplyString());
      client.execPBSZ(0);
      client.execPROT("C");
      assertFalse(client.retrieveFile("/file.txt", new ByteArrayOutputStream()));
      assertEquals(521, client.getReplyCode(), client.getReplyString());
      // Commons Net turns a refused CCC into an exception carrying the reply.
      IOException ccc = assertThrows(IOException.class, () -> client.sendCommand("CCC"));
      assertTrue(ccc.getMessage().startsWith("534"), ccc.getMessage());
      client.execPROT("P");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertTrue(client.retrieveFile("/file.txt", out), client.getReplyString());
      assertEquals("protected\n", out.toString(StandardCharsets.US_ASCII));
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void aCertificateThatIdentifiesTheUserLogsInWithUserAlone() throws IOException {
    FTPSClient client = ftps(ALICE_CERT);
    try {
      assertTrue(client.login("robot", ""), client.getReplyString());
      assertEquals(232, client.getReplyCode(), client.getReplyString());
      client.execPBSZ(0);
      client.execPROT("P");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertTrue(client.retrieveFile("/file.txt", out), client.getReplyString());
    } finally {
      TestServer.disconnect(client);
    }
  }

  @Test
  void noWrongOrOtherUsersCertificateLogsInWithoutOne() throws IOException {
    for (KeyMaterial certificate : new KeyMaterial[] {null, STRANGER_CERT, BOB_CERT}) {
      FTPSClient client = ftps(certificate);
      try {
        assertFalse(client.login("robot", "robot-pw"), String.valueOf(certificate));
        assertEquals(530, client.getReplyCode(), client.getReplyString());
        assertTrue(client.getReplyString().contains("certificate"), client.getReplyString());
        assertFalse(client.login("robot", "wrong"));
        assertEquals("530 Login incorrect.", client.getReplyString().strip());
      } finally {
        TestServer.disconnect(client);
      }
    }
  }

  @Test
  void certificateAndPasswordNeedsBoth() throws IOException {
    FTPSClient both = ftps(BOB_CERT);
    try {
      assertFalse(both.login("bob", "wrong"));
      assertEquals("530 Login incorrect.", both.getReplyString().strip());
      assertTrue(both.login("bob", "bob-pw"), both.getReplyString());
      assertEquals(230, both.getReplyCode());
    } finally {
      TestServer.disconnect(both);
    }
    FTPSClient passwordOnly = ftps(null);
    try {
      assertFalse(passwordOnly.login("bob", "bob-pw"));
      assertTrue(passwordOnly.getReplyString().contains("certificate"),
          passwordOnly.getReplyString());
    } finally {
      TestServer.disconnect(passwordOnly);
    }
  }

  /**
   * The server refuses an untrusted certificate in the handshake; over TLS 1.3 the client hears so
   * on its first read after its Finished, so the first command fails.
   */
  @Test
  void anUntrustedCertificateIsRefusedInTheHandshake() throws IOException {
    FTPSClient client;
    try {
      client = ftps(UNTRUSTED_CERT);
    } catch (IOException refusedAtOnce) {
      return;
    }
    try {
      assertThrows(IOException.class, () -> client.login("robot", ""));
    } finally {
      TestServer.disconnect(client);
    }
    aCertificateThatIdentifiesTheUserLogsInWithUserAlone();
  }

  @Test
  void curlLogsInWithItsCertificate() throws Exception {
    assumeTrue(Ftps.installed("curl"), "curl is not installed");
    ALICE_CERT.writePem(dir.resolve("alice.pem"), dir.resolve("alice-key.pem"));
    BOB_CERT.writePem(dir.resolve("bob.pem"), dir.resolve("bob-key.pem"));
    String url = "ftp://127.0.0.1:" + server.port() + "/file.txt";
    Ftps.Result in = curl(List.of("--cert", "alice.pem", "--key", "alice-key.pem",
        "-u", "robot:", url));
    assertEquals(0, in.exitCode(), in.output());
    assertEquals("protected\n", in.output());
    Ftps.Result other = curl(List.of("--cert", "bob.pem", "--key", "bob-key.pem",
        "-u", "robot:", url));
    assertEquals(67, other.exitCode(), other.output()); // CURLE_LOGIN_DENIED
    Ftps.Result none = curl(List.of("-u", "robot:robot-pw", url));
    assertEquals(67, none.exitCode(), none.output());
  }

  private Ftps.Result curl(List<String> arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("curl", "-sS", "--ssl-reqd", "-k",
        "--max-time", "30"));
    command.addAll(arguments);
    return Ftps.run(dir, command);
  }

  /** An explicit FTPS client, presenting {@code certificate} when not null. */
  private static FTPSClient ftps(KeyMaterial certificate) throws IOException {
    FTPSClient client = new FTPSClient("TLS", false);
    client.setTrustManager(TrustManagerUtils.getAcceptAllTrustManager());
    if (certificate != null) {
      client.setKeyManager(keyManager(certificate));
    }
    client.setConnectTimeout(5_000);
    client.setDefaultTimeout(10_000);
    client.connect("127.0.0.1", server.port()); // explicit: AUTH TLS and the handshake
    client.setSoTimeout(10_000);
    return client;
  }

  private static javax.net.ssl.KeyManager keyManager(KeyMaterial material) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("client", material.privateKey(), new char[0],
          material.certificateChain().toArray(Certificate[]::new));
      KeyManagerFactory factory =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      factory.init(store, new char[0]);
      return factory.getKeyManagers()[0];
    } catch (java.security.GeneralSecurityException | IOException e) {
      throw new AssertionError(e);
    }
  }
}
