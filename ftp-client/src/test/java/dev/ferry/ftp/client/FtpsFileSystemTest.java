package dev.ferry.ftp.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.tls.ClientTls;
import dev.ferry.ftp.tls.TlsMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.spi.FileSystemProvider;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code ftpes://} and {@code ftps://} paths through {@link Files}, against Ferry's own server
 * with an explicit and an implicit FTPS listener that require TLS session reuse on every data
 * connection. It lives beside {@link FerryServer} and {@link TestTls}, whose certificate the
 * clients here trust, and uses the providers only through the JDK's public API.
 */
class FtpsFileSystemTest {
  private static FerryServer explicit;
  private static FerryServer implicit;
  @TempDir Path local;

  @BeforeAll
  static void start() throws IOException {
    explicit = FerryServer.start(Files.createTempDirectory("ferry-nio-ftpes"), TlsMode.EXPLICIT);
    implicit = FerryServer.start(Files.createTempDirectory("ferry-nio-ftps"), TlsMode.IMPLICIT);
  }

  @AfterAll
  static void stop() {
    explicit.close();
    implicit.close();
  }

  private static FerryServer server(TlsMode mode) {
    return mode == TlsMode.IMPLICIT ? implicit : explicit;
  }

  private static URI uri(String scheme, FerryServer server) {
    return URI.create(scheme + "://" + MinaServer.USER + "@127.0.0.1:" + port(server) + "/");
  }

  private static int port(FerryServer server) {
    return server.config().build().port();
  }

  private static Map<String, Object> env(Object tls) {
    Map<String, Object> env = new HashMap<>();
    env.put("password", MinaServer.PASSWORD);
    env.put("sessions", 2);
    env.put("tls", tls);
    return env;
  }

  @Test
  void theProvidersAreFoundByTheirSchemes() {
    List<String> schemes =
        FileSystemProvider.installedProviders().stream().map(FileSystemProvider::getScheme).toList();
    assertTrue(schemes.containsAll(List.of("ftp", "ftpes", "ftps")), schemes.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"ftpes, EXPLICIT", "ftps, IMPLICIT"})
  void filesTravelOverTls(String scheme, TlsMode mode) throws IOException {
    URI uri = uri(scheme, server(mode));
    try (FileSystem ftp = FileSystems.newFileSystem(uri, env(TestTls.client(mode)))) {
      assertEquals(scheme, ftp.provider().getScheme());
      assertSame(ftp, FileSystems.getFileSystem(uri));
      Path file = ftp.getPath("/nio/a/data.bin");
      assertEquals(uri.resolve("/nio/a/data.bin"), file.toUri());
      assertEquals(file, Paths.get(file.toUri()));

      byte[] content = new byte[200_000];
      new Random(4217).nextBytes(content);
      Files.createDirectories(file.getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        out.write(content);
      }
      try (InputStream in = Files.newInputStream(file)) {
        assertArrayEquals(content, in.readAllBytes());
      }
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      assertEquals(content.length, attributes.size());
      assertTrue(attributes.isRegularFile());
      assertTrue(Files.isDirectory(file.getParent()));

      Path copy = ftp.getPath("/nio/b/copy.bin");
      Files.createDirectory(copy.getParent());
      Files.copy(file, copy);
      Files.copy(copy, local.resolve("copy.bin"));
      assertArrayEquals(content, Files.readAllBytes(local.resolve("copy.bin")));
      assertArrayEquals(content, Files.readAllBytes(server(mode).localHome().resolve("nio/b/copy.bin")));

      try (Stream<Path> names = Files.list(ftp.getPath("/nio"))) {
        assertEquals(List.of("/nio/a", "/nio/b"), names.map(Path::toString).sorted().toList());
      }
      try (Stream<Path> tree = Files.walk(ftp.getPath("/nio"))) {
        assertEquals(5, tree.count());
      }
    }
    assertThrows(FileSystemNotFoundException.class, () -> FileSystems.getFileSystem(uri));
  }

  @Test
  void eachSchemeHasItsOwnFileSystems() throws IOException {
    URI ftpes = uri("ftpes", explicit);
    try (FileSystem ftp =
        FileSystems.newFileSystem(ftpes, env(TestTls.client(TlsMode.EXPLICIT)))) {
      URI sameHostOtherScheme = uri("ftps", explicit);
      assertThrows(
          FileSystemNotFoundException.class, () -> FileSystems.getFileSystem(sameHostOtherScheme));
      FileSystemProvider ftps =
          FileSystemProvider.installedProviders().stream()
              .filter(p -> p.getScheme().equals("ftps"))
              .findFirst()
              .orElseThrow();
      assertNotSame(ftps, ftp.provider());
    }
    // Without a port the scheme's own: 990 for implicit FTPS, 21 for explicit.
    FileSystemNotFoundException ftps =
        assertThrows(
            FileSystemNotFoundException.class,
            () -> FileSystems.getFileSystem(URI.create("ftps://127.0.0.1/")));
    assertEquals("ftps://anonymous@127.0.0.1:990", ftps.getMessage());
    FileSystemNotFoundException ftpesDefault =
        assertThrows(
            FileSystemNotFoundException.class,
            () -> FileSystems.getFileSystem(URI.create("ftpes://127.0.0.1/")));
    assertEquals("ftpes://anonymous@127.0.0.1:21", ftpesDefault.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"ftpes, EXPLICIT", "ftps, IMPLICIT"})
  void certificatesAreCheckedByDefault(String scheme, TlsMode mode) {
    // No "tls": the JDK's trust store, which does not know the server's self-signed certificate.
    Map<String, Object> env = env(null);
    env.remove("tls");
    URI uri = uri(scheme, server(mode));
    SSLHandshakeException e =
        assertThrows(SSLHandshakeException.class, () -> FileSystems.newFileSystem(uri, env));
    assertTrue(e.getMessage().contains("certification path"), e.getMessage());
    assertThrows(FileSystemNotFoundException.class, () -> FileSystems.getFileSystem(uri));
  }

  @Test
  void tlsSettingsInTheConfigAreUsedToo() throws IOException {
    FtpClientConfig config =
        FtpClientConfig.builder("ignored.example").tls(TestTls.client(TlsMode.IMPLICIT)).build();
    Map<String, Object> env = Map.of("password", MinaServer.PASSWORD, "config", config);
    try (FileSystem ftp = FileSystems.newFileSystem(uri("ftps", implicit), env)) {
      assertTrue(Files.isDirectory(ftp.getPath("/")));
    }
  }

  @Test
  void tlsInAnotherModeThanTheSchemeIsRefused() {
    ClientTls implicitTls = TestTls.client(TlsMode.IMPLICIT);
    ClientTls explicitTls = TestTls.client(TlsMode.EXPLICIT);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FileSystems.newFileSystem(uri("ftpes", explicit), env(implicitTls)));
    assertEquals(
        "ftpes:// means TLS mode EXPLICIT but the TLS settings say IMPLICIT: use ftps://, or a"
            + " policy in mode EXPLICIT",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> FileSystems.newFileSystem(uri("ftps", implicit), env(explicitTls)));
    IllegalArgumentException clear =
        assertThrows(
            IllegalArgumentException.class,
            () -> FileSystems.newFileSystem(uri("ftp", explicit), env(explicitTls)));
    assertTrue(clear.getMessage().contains("use ftpes://"), clear.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> FileSystems.newFileSystem(uri("ftps", implicit), env("not TLS settings")));
  }

  @Test
  void theWrongPortForTheSchemeFailsWithoutHanging() {
    FtpClientConfig quick =
        FtpClientConfig.builder("127.0.0.1")
            .connectTimeout(Duration.ofSeconds(5))
            .replyTimeout(Duration.ofSeconds(5))
            .build();
    // Implicit TLS to an explicit listener: the server's clear-text greeting is no TLS record.
    Map<String, Object> toExplicit = env(TestTls.client(TlsMode.IMPLICIT));
    toExplicit.put("config", quick);
    assertThrows(
        IOException.class,
        () -> FileSystems.newFileSystem(uri("ftps", explicit), toExplicit));
    // Explicit TLS to an implicit listener: both wait, until a timeout ends it.
    Map<String, Object> toImplicit = env(TestTls.client(TlsMode.EXPLICIT));
    toImplicit.put("config", quick);
    assertThrows(
        IOException.class,
        () -> FileSystems.newFileSystem(uri("ftpes", implicit), toImplicit));
    assertFalse(port(explicit) == port(implicit));
  }
}
