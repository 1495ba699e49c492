package dev.ferry.ftp.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The YAML users file: every key, defaults, reload, and errors that name file, line and key. */
class UsersFileTest {
  private static final InetAddress CLIENT = InetAddress.getLoopbackAddress();
  /** Cheap hashes: the format is under test here, not the cost. */
  private static String alicePw;
  private static String bobPw;

  @TempDir Path dir;

  @BeforeAll
  static void hashes() {
    alicePw = PasswordHash.argon2id("wonderland", 64, 1, 1).encoded();
    bobPw = "$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i"; // "abc"
  }

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("users.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  private String full() {
    return """
        # Ferry users
        defaults:
          home:
            scheme: memory
            root: /home/${user}
            create: true
          permissions: read-only
          download-rate: 2M
        users:
          alice:
            password: "%s"
            home:
              scheme: local
              options:
                root: /srv/ftp
              root: /alice
            permissions: [list, read, write, mkdir]
            max-sessions: 2
            upload-rate: 512k
            download-rate: 0
          bob:
            password: '%s'
          carol:
            password: "%s"
            enabled: false
        """.formatted(alicePw, bobPw, alicePw);
  }

  @Test
  void readsEveryKeyAndAppliesDefaults() throws IOException {
    UsersFile users = UsersFile.load(write(full()));
    assertEquals(java.util.List.of("alice", "bob", "carol"), users.userNames().stream().toList());

    UserAccount alice = users.authenticate("alice", "wonderland", CLIENT).orElseThrow();
    assertEquals(new HomeDirectory("local", VfsConfig.of(Map.of("root", "/srv/ftp")),
        VirtualPath.of("/alice"), false), alice.home());
    assertEquals(EnumSet.of(Permission.LIST, Permission.READ, Permission.WRITE, Permission.MKDIR),
        alice.permissions());
    assertEquals(new UserLimits(2, 512 * 1024, 0), alice.limits());

    UserAccount bob = users.authenticate("bob", "abc", CLIENT).orElseThrow();
    assertEquals(new HomeDirectory("memory", VfsConfig.empty(), VirtualPath.of("/home/bob"), true),
        bob.home());
    assertEquals(Permission.readOnly(), bob.permissions());
    assertEquals(new UserLimits(0, 0, 2 * 1024 * 1024), bob.limits());
    assertEquals(users.file(), dir.resolve("users.yaml"));
  }

  @Test
  void wrongPasswordsUnknownAndDisabledUsersAreRefusedAlike() throws IOException {
    UsersFile users = UsersFile.load(write(full()));
    assertEquals(Optional.empty(), users.authenticate("alice", "Wonderland", CLIENT));
    assertEquals(Optional.empty(), users.authenticate("mallory", "wonderland", CLIENT));
    assertEquals(Optional.empty(), users.authenticate("carol", "wonderland", CLIENT));
    assertEquals(Optional.empty(), users.authenticate("Alice", "wonderland", CLIENT));
  }

  @Test
  void reloadSwapsUsersAndKeepsTheOldOnesWhenTheFileIsBad() throws IOException {
    Path file = write(full());
    UsersFile users = UsersFile.load(file);
    Files.writeString(file, """
        users:
          dave:
            password: "%s"
            home: {scheme: memory}
        """.formatted(alicePw));
    users.reload();
    assertEquals(java.util.Set.of("dave"), users.userNames());
    assertTrue(users.authenticate("dave", "wonderland", CLIENT).isPresent());
    assertFalse(users.authenticate("alice", "wonderland", CLIENT).isPresent());

    Files.writeString(file, "users:\n  eve: [\n");
    assertThrows(UsersFileException.class, users::reload);
    assertTrue(users.authenticate("dave", "wonderland", CLIENT).isPresent());
  }

  @Test
  void readsWhatEachUserNeedsOfTls() throws IOException {
    UsersFile users = UsersFile.load(write("""
        defaults:
          home: {scheme: memory}
          tls: {data: required}
        users:
          alice:
            password: "%s"
            tls:
              control: required
              data: optional
              certificate:
                subject: "CN=alice, O=Example"
                email: [Alice@Example.com, alice@example.org]
          robot:
            tls:
              certificate: {dns: robot.example.com, password: false}
          bob:
            password: "%s"
        """.formatted(alicePw, bobPw)));
    UserAccount alice = users.authenticate("alice", "wonderland", CLIENT).orElseThrow();
    UserTls tls = alice.tls();
    assertTrue(tls.controlRequired());
    assertFalse(tls.dataRequired());
    assertEquals(java.util.Set.of(new javax.security.auth.x500.X500Principal("CN=alice,O=Example")),
        tls.certificate().subjects());
    assertEquals(java.util.Set.of("alice@example.com", "alice@example.org"),
        tls.certificate().emails());
    assertTrue(tls.certificate().passwordRequired());
    UserTls bob = users.authenticate("bob", "abc", CLIENT).orElseThrow().tls();
    assertEquals(new UserTls(false, true, CertificateLogin.NONE), bob);
    // A certificate-only user has no password that could ever match.
    assertTrue(users.authenticate("robot", "", CLIENT).isEmpty());
    java.security.cert.X509Certificate robotCert = dev.ferry.ftp.tls.SelfSignedCertificate
        .forHosts("robot.example.com").generate().certificate();
    java.security.cert.X509Certificate otherCert = dev.ferry.ftp.tls.SelfSignedCertificate
        .forHosts("other.example.com").generate().certificate();
    assertEquals("robot", users.authenticate("robot", robotCert, CLIENT).orElseThrow().name());
    assertTrue(users.authenticate("robot", otherCert, CLIENT).isEmpty());
    assertTrue(users.authenticate("bob", robotCert, CLIENT).isEmpty());
    assertTrue(users.authenticate("nobody", robotCert, CLIENT).isEmpty());
  }

  /** Each broken file, the line and the key the message must name. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "users:\\n  a:\\n    home: {scheme: memory}                    | 3 | users.a.password | missing",
      "users:\\n  a:\\n    password: x\\n    home: {scheme: memory}   | 3 | users.a.password | must start with",
      "users:\\n  a:\\n    password: PW\\n    colour: red               | 4 | users.a.colour | unknown key",
      "users:\\n  a:\\n    password: PW\\n    home: {scheme: memory}\\n    max-sessions: two | 5 | users.a.max-sessions | whole number",
      "users:\\n  a:\\n    password: PW\\n    home: {scheme: memory}\\n    upload-rate: fast | 5 | users.a.upload-rate | bytes per second",
      "users:\\n  a:\\n    password: PW\\n    home: {scheme: memory}\\n    enabled: yes | 5 | users.a.enabled | true or false",
      "users:\\n  a:\\n    password: PW\\n    home: {scheme: memory}\\n    permissions: [read, fly] | 5 | users.a.permissions | unknown permission \"fly\"",
      "users:\\n  a:\\n    password: PW\\n    home: {scheme: memory}\\n    permissions: everything | 5 | users.a.permissions | must be all",
      "users:\\n  a:\\n    password: PW\\n    home: {options: {}}     | 4 | users.a.home.scheme | missing",
      "users:\\n  a:\\n    password: PW\\n    home: {scheme: memory, root: \"/a\\0b\"} | 4 | users.a.home.root | not a valid path",
      "users:\\n  a:\\n    password: PW\\n    home: memory            | 4 | users.a.home | must be a mapping",
      "users:\\n  a:\\n    password: PW\\n    password: PW            | 4 | users.a.password | appears twice",
      "defaults:\\n  password: PW\\nusers: {}                       | 2 | defaults.password | unknown key",
      "groups: {}                                                  | 1 | groups | unknown key",
      "- a\\n- b                                                     | 1 | (top level) | must be a mapping",
      "defaults: {}                                                | 1 | users | missing",
      "users:\\n  a: [\\n                                            | 3 | '' | bad YAML",
      "users:\\n  a:\\n    password: PW\\n    home: {scheme: memory}\\n    tls: {control: always} | 5 | users.a.tls.control | required or optional",
      "users:\\n  a:\\n    password: PW\\n    home: {scheme: memory}\\n    tls: {certificate: {password: false}} | 5 | users.a.tls.certificate | names no subject",
      "users:\\n  a:\\n    password: PW\\n    home: {scheme: memory}\\n    tls: {certificate: {subject: 'not a name'}} | 5 | users.a.tls.certificate.subject | distinguished name",
      "users:\\n  a:\\n    home: {scheme: memory}\\n    tls: {certificate: {dns: a.example}} | 3 | users.a.password | missing",
  })
  void badFilesNameFileLineAndKey(String yaml, int line, String key, String problem)
      throws IOException {
    Path file = write(yaml.replace("\\n", "\n").replace("PW", alicePw));
    UsersFileException e = assertThrows(UsersFileException.class, () -> UsersFile.load(file));
    assertEquals(file, e.file());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(key, e.key(), e.getMessage());
    assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }

  @Test
  void anEmptyFileDefinesNoUser() throws IOException {
    UsersFileException e =
        assertThrows(UsersFileException.class, () -> UsersFile.load(write("# nothing\n")));
    assertEquals("users", e.key());
  }

  @Test
  void aFileThatIsNotUtf8IsRefused() throws IOException {
    Path file = dir.resolve("users.yaml");
    Files.write(file, new byte[] {'u', 's', (byte) 0xff, (byte) 0xfe, ':'});
    UsersFileException e = assertThrows(UsersFileException.class, () -> UsersFile.load(file));
    assertEquals(0, e.line());
    assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
  }

  @Test
  void aMissingFileIsAnIoError() {
    IOException e = assertThrows(IOException.class, () -> UsersFile.load(dir.resolve("none")));
    assertFalse(e instanceof UsersFileException);
  }

  @Test
  void anUnknownUserCostsAsMuchAsAWrongPassword() throws IOException {
    // A user whose hash has the default cost, as the dummy has. Bounded: 7 runs each; a store
    // that skipped the dummy hash would answer unknown names in microseconds, not milliseconds.
    Path file = write("""
        users:
          alice:
            password: "%s"
            home: {scheme: memory}
        """.formatted(PasswordHash.argon2id("wonderland").encoded()));
    UsersFile users = UsersFile.load(file);
    users.authenticate("alice", "warm-up", CLIENT);
    long[] known = new long[7];
    long[] unknown = new long[7];
    for (int i = 0; i < known.length; i++) {
      // Interleaved, so a burst of load elsewhere hits both series alike.
      known[i] = time(() -> users.authenticate("alice", "wrong", CLIENT));
      unknown[i] = time(() -> users.authenticate("mallory", "wrong", CLIENT));
    }
    long knownMedian = median(known);
    long unknownMedian = median(unknown);
    assertTrue(unknownMedian * 2 > knownMedian && knownMedian * 2 > unknownMedian,
        "unknown " + unknownMedian / 1000 + " µs vs known " + knownMedian / 1000 + " µs");
  }

  private static long time(Runnable check) {
    long start = System.nanoTime();
    check.run();
    return System.nanoTime() - start;
  }

  private static long median(long[] times) {
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
