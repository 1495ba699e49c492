package dev.ferry.examples.zipstorage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsConfigException;
import dev.ferry.ftp.vfs.VfsProvider;
import dev.ferry.ftp.vfs.VfsProviders;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipStorageProviderTest {
  static final String SERVICE = VfsProvider.class.getName();

  @TempDir Path tmp;

  @Test
  void serviceLoaderFindsTheProviderBySchemeOnTheModulePath() throws IOException {
    Module module = ZipStorageProvider.class.getModule();
    assertTrue(module.isNamed(), "the tests run on the module path");
    assertEquals("dev.ferry.examples.zipstorage", module.getName());
    VfsProvider provider = VfsProviders.find("zip");
    assertInstanceOf(ZipStorageProvider.class, provider);
    Path zip = TestZips.builder().file("a.txt", new byte[3]).writeTo(tmp.resolve("a.zip"));
    try (VirtualFileSystem fs = VfsProviders.open("zip", config(zip))) {
      assertEquals(3, fs.stat(VirtualPath.of("/a.txt")).size());
    }
  }

  @Test
  void theModuleExportsNothing() {
    ModuleDescriptor descriptor = ZipStorageProvider.class.getModule().getDescriptor();
    assertEquals(0, descriptor.exports().size(), "a plugin is reached through its service only");
  }

  /** The class-path registration must name exactly what the module descriptor provides. */
  @Test
  void servicesFileAgreesWithTheModuleDescriptor() throws IOException {
    ModuleDescriptor descriptor = ZipStorageProvider.class.getModule().getDescriptor();
    List<String> provided = descriptor.provides().stream()
        .filter(p -> p.service().equals(SERVICE))
        .flatMap(p -> p.providers().stream())
        .sorted()
        .toList();
    assertEquals(List.of(ZipStorageProvider.class.getName()), provided);
    assertEquals(provided, servicesFile("META-INF/services/" + SERVICE));
  }

  @Test
  void providersAreStateless() {
    VfsProvider first = VfsProviders.find("zip");
    VfsProvider second = VfsProviders.find("zip");
    assertNotSame(first, second, "ServiceLoader makes a new instance each time");
    assertEquals("zip", new ZipStorageProvider().scheme());
  }

  @Test
  void eachOpenGivesAnIndependentFileSystem() throws IOException {
    Path zip = TestZips.builder().file("a.txt", new byte[3]).writeTo(tmp.resolve("a.zip"));
    ZipStorageProvider provider = new ZipStorageProvider();
    VirtualFileSystem first = provider.open(config(zip));
    try (VirtualFileSystem second = provider.open(config(zip))) {
      first.close();
      assertEquals(3, second.stat(VirtualPath.of("/a.txt")).size());
      assertTrue(second.toString().startsWith("zip:"), second.toString());
    }
  }

  @Test
  void badSettingsFailNamingTheKey() throws IOException {
    Path zip = TestZips.builder().file("a.txt", new byte[3]).writeTo(tmp.resolve("a.zip"));
    assertConfigError("archive", VfsConfig.empty(), "missing required setting \"archive\"");
    assertConfigError("archiv", config(zip).with("archiv", "x"), "unknown setting \"archiv\"");
    assertConfigError("archive", VfsConfig.of(Map.of("archive", tmp.resolve("no.zip").toString())),
        "is not an existing file");
    assertConfigError("archive", VfsConfig.of(Map.of("archive", tmp.toString())),
        "is not an existing file");
    assertConfigError("max-entries", config(zip).with("max-entries", "0"),
        "expected a positive whole number");
    assertConfigError("max-entries", config(zip).with("max-entries", "many"),
        "expected a whole number");
  }

  @Test
  void aFileThatIsNoArchiveFailsToOpen() throws IOException {
    Path text = Files.writeString(tmp.resolve("not.zip"), "not a zip archive");
    assertThrows(ZipException.class, () -> new ZipStorageProvider().open(config(text)).close());
  }

  private static void assertConfigError(String key, VfsConfig config, String message) {
    VfsConfigException e = assertThrows(VfsConfigException.class,
        () -> new ZipStorageProvider().open(config).close());
    assertEquals(key, e.key().orElseThrow());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  private static VfsConfig config(Path zip) {
    return VfsConfig.of(Map.of("archive", zip.toString()));
  }

  /** Reads a services file as ServiceLoader does: one class per line, {@code #} comments. */
  private static List<String> servicesFile(String resource) throws IOException {
    try (InputStream in = ZipStorageProvider.class.getModule().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines()
          .map(line -> line.replaceFirst("#.*", "").strip())
          .filter(line -> !line.isEmpty())
          .sorted()
          .toList();
    }
  }
}
