package dev.ferry.ftp.vfs.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.Upload;
import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsConfigException;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VfsException.Kind;
import dev.ferry.ftp.vfs.VfsProvider;
import dev.ferry.ftp.vfs.VfsProviders;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import dev.ferry.ftp.vfs.WriteMode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration, discovery and the options of both backends. */
class BackendsTest {
  @TempDir Path root;

  private VirtualFileSystem local(String... settings) throws IOException {
    VfsConfig config = VfsConfig.of(Map.of("root", root.toString()));
    for (int i = 0; i < settings.length; i += 2) {
      config = config.with(settings[i], settings[i + 1]);
    }
    return VfsProviders.open("local", config);
  }

  private static void write(Upload upload, int bytes) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(bytes);
    while (buffer.hasRemaining()) {
      upload.write(buffer);
    }
  }

  @Test
  void providersAreFoundByScheme() {
    Set<String> schemes = new TreeSet<>();
    VfsProviders.installed().forEach(p -> schemes.add(p.scheme()));
    assertEquals(Set.of("local", "memory"), schemes);
    VfsConfigException e = assertThrows(VfsConfigException.class, () -> VfsProviders.find("s4"));
    assertTrue(e.getMessage().contains("local, memory"), e.getMessage());
    assertInstanceOf(MemoryProvider.class,
        VfsProviders.find("memory", BackendsTest.class.getClassLoader()));
  }

  @Test
  void classPathServiceFileAgreesWithTheModuleDescriptor() throws IOException {
    ModuleDescriptor descriptor = LocalProvider.class.getModule().getDescriptor();
    List<String> declared = descriptor.provides().stream()
        .filter(p -> p.service().equals(VfsProvider.class.getName()))
        .flatMap(p -> p.providers().stream()).sorted().toList();
    try (InputStream in = LocalProvider.class.getModule()
        .getResourceAsStream("META-INF/services/" + VfsProvider.class.getName())) {
      List<String> listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
      assertEquals(declared, listed);
    }
  }

  @Test
  void badConfigurationIsReportedByKey() {
    VfsConfigException typo = assertThrows(VfsConfigException.class, () ->
        VfsProviders.open("local", VfsConfig.of(Map.of("root", root.toString(), "fsynk", "x"))));
    assertEquals("fsynk", typo.key().orElseThrow());
    assertTrue(typo.getMessage().contains("atomic-upload, follow-links, fsync, root"));
    VfsConfigException missing = assertThrows(VfsConfigException.class, () ->
        VfsProviders.open("local", VfsConfig.empty()));
    assertEquals("root", missing.key().orElseThrow());
    VfsConfigException notDir = assertThrows(VfsConfigException.class, () ->
        VfsProviders.open("local", VfsConfig.of(Map.of("root", root.resolve("no").toString()))));
    assertEquals("root", notDir.key().orElseThrow());
    assertThrows(VfsConfigException.class, () ->
        VfsProviders.open("memory", VfsConfig.of(Map.of("max-size", "lots"))));
  }

  @Test
  void readsAreFileChannelsForZeroCopy() throws IOException {
    for (VirtualFileSystem fs : List.of(local(), VfsProviders.open("memory", VfsConfig.empty()))) {
      try (fs) {
        try (Upload upload = fs.openWrite(VirtualPath.of("/f"), WriteMode.replace())) {
          write(upload, 10);
          upload.commit();
        }
        try (ReadableByteChannel in = fs.openRead(VirtualPath.of("/f"), 3)) {
          FileChannel channel = assertInstanceOf(FileChannel.class, in);
          assertEquals(3, channel.position());
        }
      }
    }
  }

  @Test
  void attributesCarryUnixFacts() throws IOException {
    try (VirtualFileSystem fs = local()) {
      Files.writeString(root.resolve("f"), "x");
      FileAttributes a = fs.stat(VirtualPath.of("/f"));
      assertTrue(a.mode().isPresent() && a.owner().isPresent() && a.group().isPresent(), "" + a);
      assertTrue(a.uniqueId().isPresent());
      assertTrue(fs.stat(VirtualPath.ROOT).isDirectory());
      fs.setModifiedTime(VirtualPath.ROOT, java.time.Instant.parse("2020-01-01T00:00:00Z"));
      fs.setPermissions(VirtualPath.ROOT, 0755);
      assertEquals(0755, fs.stat(VirtualPath.ROOT).mode().orElseThrow());
      assertThrows(IllegalArgumentException.class, () -> fs.setPermissions(VirtualPath.ROOT,
          01777));
    }
  }

  @Test
  void withoutAtomicUploadsWholeFileWritesGoInPlaceAndAbortDeletesThem() throws IOException {
    try (VirtualFileSystem fs = local("atomic-upload", "false", "fsync", "true")) {
      VirtualPath f = VirtualPath.of("/f");
      try (Upload upload = fs.openWrite(f, WriteMode.replace())) {
        write(upload, 100);
        assertEquals(100, fs.stat(f).size(), "visible while written");
      }
      assertEquals(Kind.NOT_FOUND, assertThrows(VfsException.class, () -> fs.stat(f)).kind());
      try (Upload upload = fs.openWrite(f, WriteMode.createNew())) {
        write(upload, 5);
        upload.commit();
      }
      assertEquals(5, fs.stat(f).size());
      assertEquals(Kind.ALREADY_EXISTS, assertThrows(VfsException.class,
          () -> fs.openWrite(f, WriteMode.createNew())).kind());
    }
  }

  @Test
  void fsyncCommitsAtomicUploads() throws IOException {
    try (VirtualFileSystem fs = local("fsync", "yes")) {
      try (Upload upload = fs.openWrite(VirtualPath.of("/f"), WriteMode.replace())) {
        write(upload, 4096);
        upload.commit();
      }
      assertEquals(4096, Files.size(root.resolve("f")));
    }
  }

  @Test
  void memoryQuotaFailsWithNoSpaceAndLeavesNoLitter() throws IOException {
    try (VirtualFileSystem fs = VfsProviders.open("memory",
        VfsConfig.of(Map.of("max-size", "1MiB")))) {
      VirtualPath big = VirtualPath.of("/big");
      try (Upload upload = fs.openWrite(big, WriteMode.replace())) {
        VfsException e = assertThrows(VfsException.class, () -> write(upload, 2 << 20));
        assertEquals(Kind.NO_SPACE, e.kind());
        assertEquals(big, e.path());
      }
      try (var cursor = fs.list(VirtualPath.ROOT)) {
        assertEquals(null, cursor.next(), "no temporary litter");
      }
      try (Upload upload = fs.openWrite(big, WriteMode.replace())) {
        write(upload, 700 << 10);
        upload.commit();
      }
      assertEquals(700 << 10, fs.stat(big).size());
    }
  }

  @Test
  void closedFileSystemRefusesWork() throws IOException {
    VirtualFileSystem fs = VfsProviders.open("memory", VfsConfig.empty());
    fs.close();
    fs.close();
    assertThrows(IOException.class, () -> fs.stat(VirtualPath.ROOT));
    assertFalse(fs.toString().isEmpty());
  }
}
