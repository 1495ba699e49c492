package dev.ferry.ftp.vfs.s3.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.vfs.VfsConfigException;
import dev.ferry.ftp.vfs.VfsProvider;
import dev.ferry.ftp.vfs.VfsProviders;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Discovery, and the start-up check that fails with one clear message. */
class S3ProviderTest {
  @RegisterExtension static final S3ProxyServer S3 = new S3ProxyServer();

  @Test
  void foundByItsSchemeOnTheModulePath() throws IOException {
    assertInstanceOf(S3Provider.class, VfsProviders.find("s3"));
    try (VirtualFileSystem fs = VfsProviders.open("s3", S3.config())) {
      assertTrue(fs.stat(VirtualPath.ROOT).isDirectory());
      assertTrue(fs.toString().contains(S3.bucket()));
    }
  }

  @Test
  void classPathServiceFileAgreesWithTheModuleDescriptor() throws IOException {
    ModuleDescriptor descriptor = S3Provider.class.getModule().getDescriptor();
    List<String> declared = descriptor.provides().stream()
        .filter(p -> p.service().equals(VfsProvider.class.getName()))
        .flatMap(p -> p.providers().stream()).sorted().toList();
    try (InputStream in = S3Provider.class.getModule()
        .getResourceAsStream("META-INF/services/" + VfsProvider.class.getName())) {
      List<String> listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
      assertEquals(declared, listed);
    }
  }

  @Test
  void aMissingBucketFailsTheStart() {
    VfsConfigException e = assertThrows(VfsConfigException.class,
        () -> VfsProviders.open("s3", S3.config().with("bucket", "no-such-bucket")));
    assertEquals("bucket", e.key().orElseThrow());
    assertEquals("bucket \"no-such-bucket\" does not exist at " + S3.endpoint(), e.getMessage());
  }

  @Test
  void wrongCredentialsFailTheStart() {
    IOException e = assertThrows(IOException.class,
        () -> VfsProviders.open("s3", S3.config().with("secret-key", "wrong")));
    assertTrue(e.getMessage().contains("denied (check access-key and secret-key)"),
        e.getMessage());
  }

  @Test
  void anUnreachableEndpointFailsTheStart() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String endpoint = "http://127.0.0.1:" + port;
    IOException e = assertThrows(IOException.class, () -> VfsProviders.open("s3", S3.config()
        .with("endpoint", endpoint).with("max-retries", "1").with("retry-delay", "10ms")));
    assertTrue(e.getMessage().startsWith("cannot reach the S3 endpoint " + endpoint + ": "),
        e.getMessage());
  }

  @Test
  void aClosedFileSystemRefusesWork() throws IOException {
    VirtualFileSystem fs = VfsProviders.open("s3", S3.config());
    fs.close();
    fs.close();
    assertThrows(IOException.class, () -> fs.stat(VirtualPath.ROOT));
  }
}
