package dev.ferry.ftp.vfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.vfs.VfsException.Kind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class DecoratorsTest {
  private final RecordingFileSystem backing = new RecordingFileSystem();

  private static VirtualPath p(String s) {
    return VirtualPath.of(s);
  }

  private static VfsException fails(Kind kind, String path, Executable action) {
    VfsException e = assertThrows(VfsException.class, action);
    assertEquals(kind, e.kind());
    assertEquals(p(path), e.path());
    return e;
  }

  @Test
  void subRootMapsEveryPathIn() throws IOException {
    VirtualFileSystem fs = VirtualFileSystems.subRoot(backing, p("/home/ann"));
    fs.stat(p("/a"));
    fs.list(VirtualPath.ROOT).close();
    fs.openRead(p("/a"), 5).close();
    fs.openWrite(p("/a"), WriteMode.replace()).abort();
    fs.createDirectory(p("/d"));
    fs.delete(p("/a"));
    fs.deleteDirectory(p("/d"));
    fs.rename(p("/a"), p("/b"));
    fs.setModifiedTime(p("/a"), Instant.EPOCH);
    fs.setPermissions(p("/a"), 0644);
    assertArrayEquals(new byte[] {42}, fs.checksum(p("/a"), "SHA-256", 0, 1));
    fs.setCreationTime(p("/a"), Instant.EPOCH);
    assertEquals(7, fs.availableSpace(p("/d")));
    assertEquals(List.of("stat /home/ann/a", "list /home/ann", "read@5 /home/ann/a",
        "write /home/ann/a", "mkdir /home/ann/d", "delete /home/ann/a", "rmdir /home/ann/d",
        "rename /home/ann/a /home/ann/b", "mtime /home/ann/a", "chmod /home/ann/a",
        "hash /home/ann/a", "ctime /home/ann/a", "avbl /home/ann/d"), backing.calls);
    assertEquals(backing.capabilities(), fs.capabilities());
    assertEquals(Set.of("SHA-256"), fs.checksumAlgorithms());
    fs.close();
    assertFalse(backing.closed, "a view does not own its backend");
    assertTrue(fs.toString().contains("/home/ann"));
  }

  @Test
  void subRootReportsTheUsersPathsInErrors() throws IOException {
    VirtualFileSystem fs = VirtualFileSystems.subRoot(backing, p("/home/ann"));
    VfsException e = fails(Kind.NOT_FOUND, "/x/missing", () -> fs.stat(p("/x/missing")));
    assertFalse(e.getMessage().contains("home"), e.getMessage());
    assertEquals("x", e.getCause().getMessage(), "the cause is kept");
    fails(Kind.NOT_FOUND, "/missing", () -> fs.list(p("/missing")));
    fails(Kind.NOT_FOUND, "/missing", () -> fs.openRead(p("/missing"), 0));
    fails(Kind.NOT_FOUND, "/missing", () -> fs.openWrite(p("/missing"), WriteMode.replace()));
    fails(Kind.NOT_FOUND, "/missing", () -> fs.createDirectory(p("/missing")));
    fails(Kind.NOT_FOUND, "/missing", () -> fs.delete(p("/missing")));
    fails(Kind.NOT_FOUND, "/missing", () -> fs.deleteDirectory(p("/missing")));
    fails(Kind.NOT_FOUND, "/missing", () -> fs.rename(p("/missing"), p("/b")));
    fails(Kind.NOT_FOUND, "/d/missing2", () -> fs.rename(p("/a"), p("/d/missing2")));
    fails(Kind.NOT_FOUND, "/missing", () -> fs.setModifiedTime(p("/missing"), Instant.EPOCH));
    fails(Kind.NOT_FOUND, "/missing", () -> fs.setPermissions(p("/missing"), 0));
    fails(Kind.NOT_FOUND, "/missing", () -> fs.checksum(p("/missing"), "SHA-256", 0, 1));
    fails(Kind.NOT_FOUND, "/missing", () -> fs.setCreationTime(p("/missing"), Instant.EPOCH));
    fails(Kind.NOT_FOUND, "/missing", () -> fs.availableSpace(p("/missing")));
    try (Upload upload = fs.openWrite(p("/up"), WriteMode.replace())) {
      assertTrue(upload.isOpen());
      assertEquals(3, upload.write(ByteBuffer.allocate(3)));
      fails(Kind.NO_SPACE, "/up", () -> upload.write(ByteBuffer.allocate(1000)));
      fails(Kind.ALREADY_EXISTS, "/up", upload::commit);
    }
  }

  @Test
  void subRootProtectsItsRoot() {
    VirtualFileSystem fs = VirtualFileSystems.subRoot(backing, p("/home/ann"));
    fails(Kind.PERMISSION_DENIED, "/", () -> fs.deleteDirectory(VirtualPath.ROOT));
    fails(Kind.PERMISSION_DENIED, "/", () -> fs.rename(VirtualPath.ROOT, p("/x")));
    fails(Kind.PERMISSION_DENIED, "/", () -> fs.rename(p("/x"), VirtualPath.ROOT));
    assertTrue(backing.calls.isEmpty());
  }

  @Test
  void readOnlyDeniesEveryChange() throws IOException {
    VirtualFileSystem fs = VirtualFileSystems.readOnly(backing);
    assertEquals(EnumSet.complementOf(EnumSet.of(Capability.WRITE)), fs.capabilities());
    fs.stat(p("/a"));
    try (ReadableByteChannel in = fs.openRead(p("/a"), 0)) {
      assertTrue(in.isOpen());
    }
    fs.list(p("/")).close();
    fs.checksum(p("/a"), "SHA-256", 0, 1);
    assertEquals(7, fs.availableSpace(p("/")));
    fails(Kind.PERMISSION_DENIED, "/a", () -> fs.setCreationTime(p("/a"), Instant.EPOCH));
    fails(Kind.PERMISSION_DENIED, "/a", () -> fs.openWrite(p("/a"), WriteMode.replace()));
    fails(Kind.PERMISSION_DENIED, "/d", () -> fs.createDirectory(p("/d")));
    fails(Kind.PERMISSION_DENIED, "/a", () -> fs.delete(p("/a")));
    fails(Kind.PERMISSION_DENIED, "/d", () -> fs.deleteDirectory(p("/d")));
    fails(Kind.PERMISSION_DENIED, "/a", () -> fs.rename(p("/a"), p("/b")));
    fails(Kind.PERMISSION_DENIED, "/a", () -> fs.setModifiedTime(p("/a"), Instant.EPOCH));
    fails(Kind.PERMISSION_DENIED, "/a", () -> fs.setPermissions(p("/a"), 0));
    assertEquals(List.of("stat /a", "read@0 /a", "list /", "hash /a", "avbl /"), backing.calls);
    fs.close();
    assertFalse(backing.closed);
  }

  @Test
  void forwardingForwardsEverythingIncludingClose() throws IOException {
    VirtualFileSystem fs = new ForwardingFileSystem(backing) {};
    fs.stat(p("/a"));
    fs.createDirectory(p("/d"));
    fs.rename(p("/a"), p("/b"));
    fs.openWrite(p("/a"), WriteMode.append()).close();
    fs.setCreationTime(p("/a"), Instant.EPOCH);
    assertEquals(7, fs.availableSpace(p("/d")));
    assertEquals(Set.of("SHA-256"), fs.checksumAlgorithms());
    assertEquals(6, backing.calls.size());
    assertTrue(fs.toString().contains("RecordingFileSystem"));
    fs.close();
    assertTrue(backing.closed);
  }

  @Test
  void readOnlyOwningClosesWhatItWraps() throws IOException {
    VirtualFileSystem fs = VirtualFileSystems.readOnlyOwning(backing);
    assertEquals(EnumSet.complementOf(EnumSet.of(Capability.WRITE)), fs.capabilities());
    fs.stat(p("/a"));
    fails(Kind.PERMISSION_DENIED, "/a", () -> fs.delete(p("/a")));
    fails(Kind.PERMISSION_DENIED, "/a", () -> fs.openWrite(p("/a"), WriteMode.append()));
    assertEquals(List.of("stat /a"), backing.calls);
    assertFalse(backing.closed);
    fs.close();
    assertTrue(backing.closed);
    fs.close();
  }

  @Test
  void readOnlyOfAReadOnlyBackendStaysReadOnly() {
    VirtualFileSystem fs = VirtualFileSystems.readOnly(bare(Set.of(Capability.DIRECTORIES)));
    assertEquals(Set.of(Capability.DIRECTORIES), fs.capabilities());
  }

  @Test
  void defaultOptionalOperationsAreUnsupported() {
    VirtualFileSystem minimal = new ForwardingFileSystem(backing) {};
    VirtualFileSystem bare = bare(Set.of(Capability.WRITE));
    assertEquals(backing.capabilities(), minimal.capabilities());
    assertTrue(bare.checksumAlgorithms().isEmpty());
    fails(Kind.UNSUPPORTED, "/d", () -> bare.createDirectory(p("/d")));
    fails(Kind.UNSUPPORTED, "/d", () -> bare.deleteDirectory(p("/d")));
    fails(Kind.UNSUPPORTED, "/f", () -> bare.setModifiedTime(p("/f"), Instant.EPOCH));
    fails(Kind.UNSUPPORTED, "/f", () -> bare.setPermissions(p("/f"), 0));
    fails(Kind.UNSUPPORTED, "/f", () -> bare.setCreationTime(p("/f"), Instant.EPOCH));
    fails(Kind.UNSUPPORTED, "/f", () -> bare.checksum(p("/f"), "MD5", 0, 1));
    fails(Kind.UNSUPPORTED, "/", () -> bare.availableSpace(VirtualPath.ROOT));
  }

  @Test
  void defaultOptionalChangesAreDeniedWithoutWrite() {
    VirtualFileSystem bare = bare(Set.of());
    fails(Kind.PERMISSION_DENIED, "/d", () -> bare.createDirectory(p("/d")));
    fails(Kind.PERMISSION_DENIED, "/d", () -> bare.deleteDirectory(p("/d")));
    fails(Kind.PERMISSION_DENIED, "/f", () -> bare.setModifiedTime(p("/f"), Instant.EPOCH));
    fails(Kind.PERMISSION_DENIED, "/f", () -> bare.setPermissions(p("/f"), 0));
    fails(Kind.PERMISSION_DENIED, "/f", () -> bare.setCreationTime(p("/f"), Instant.EPOCH));
    // Reading a checksum or the free space changes nothing: still merely unsupported.
    fails(Kind.UNSUPPORTED, "/f", () -> bare.checksum(p("/f"), "MD5", 0, 1));
    fails(Kind.UNSUPPORTED, "/", () -> bare.availableSpace(VirtualPath.ROOT));
  }

  /** A file system that implements only the mandatory operations. */
  private static VirtualFileSystem bare(Set<Capability> capabilities) {
    return new VirtualFileSystem() {
      @Override
      public Set<Capability> capabilities() {
        return capabilities;
      }

      @Override
      public FileAttributes stat(VirtualPath path) {
        return null;
      }

      @Override
      public DirectoryCursor list(VirtualPath directory) {
        return null;
      }

      @Override
      public ReadableByteChannel openRead(VirtualPath file, long offset) {
        return null;
      }

      @Override
      public Upload openWrite(VirtualPath file, WriteMode mode) {
        return null;
      }

      @Override
      public void delete(VirtualPath file) {}

      @Override
      public void rename(VirtualPath source, VirtualPath target) {}

      @Override
      public void close() {}
    };
  }
}
