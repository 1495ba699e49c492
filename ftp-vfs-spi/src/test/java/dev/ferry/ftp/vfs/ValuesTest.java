package dev.ferry.ftp.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.vfs.VfsException.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {
  @Test
  void attributesBuildCompareAndPrint() {
    FileAttributes a = FileAttributes.builder(FileType.FILE).size(10)
        .modified(Instant.parse("2020-01-01T00:00:00Z")).created(Instant.EPOCH).mode(0644)
        .owner("ann").group("staff").linkCount(2).uniqueId("id1").extra("etag", "abc").build();
    assertTrue(a.isFile());
    assertFalse(a.isDirectory());
    assertEquals(0644, a.mode().getAsInt());
    assertEquals("ann", a.owner().orElseThrow());
    assertEquals("staff", a.group().orElseThrow());
    assertEquals(2, a.linkCount());
    assertEquals("id1", a.uniqueId().orElseThrow());
    assertEquals(Instant.EPOCH, a.created().orElseThrow());
    assertEquals("abc", a.extras().get("etag"));
    assertEquals(a, a.toBuilder().build());
    assertEquals(a.hashCode(), a.toBuilder().build().hashCode());
    assertNotEquals(a, a.toBuilder().size(11).build());
    assertTrue(a.toString().contains("mode=0644"), a.toString());
    FileAttributes bare = FileAttributes.builder(FileType.DIRECTORY).build();
    assertTrue(bare.isDirectory());
    assertTrue(bare.mode().isEmpty() && bare.owner().isEmpty() && bare.created().isEmpty());
    assertEquals("FileAttributes{DIRECTORY, size=0, modified=1970-01-01T00:00:00Z, links=1}",
        bare.toString());
    assertThrows(IllegalArgumentException.class, () -> FileAttributes.builder(FileType.FILE)
        .size(-1));
    assertThrows(IllegalArgumentException.class, () -> FileAttributes.builder(FileType.FILE)
        .mode(010000));
    assertThrows(IllegalArgumentException.class, () -> FileAttributes.builder(FileType.FILE)
        .linkCount(0));
    assertThrows(NullPointerException.class, () -> new DirectoryEntry(null, bare));
  }

  @Test
  void exceptionsCarryKindPathAndCause() throws Exception {
    IOException cause = new IOException("disk");
    VfsException e = new VfsException(Kind.NO_SPACE, VirtualPath.of("/a"), "quota 1 GiB", cause);
    assertEquals("/a: quota exceeded or no space left (quota 1 GiB)", e.getMessage());
    assertSame(cause, e.getCause());
    VfsException moved = e.withPath(VirtualPath.of("/b"));
    assertEquals(Kind.NO_SPACE, moved.kind());
    assertEquals("/b: quota exceeded or no space left (quota 1 GiB)", moved.getMessage());
    assertSame(cause, moved.getCause());
    assertEquals("/x: no such file or directory",
        new VfsException(Kind.NOT_FOUND, VirtualPath.of("/x")).getMessage());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      VfsException back = (VfsException) in.readObject();
      assertEquals(VirtualPath.of("/a"), back.path());
      assertEquals(Kind.NO_SPACE, back.kind());
    }
    for (Kind k : Kind.values()) {
      assertFalse(k.description().isEmpty());
    }
  }

  @Test
  void writeModes() {
    assertSame(WriteMode.createNew(), WriteMode.CreateNew.INSTANCE);
    assertSame(WriteMode.replace(), WriteMode.Replace.INSTANCE);
    assertSame(WriteMode.append(), WriteMode.Append.INSTANCE);
    assertEquals(7, ((WriteMode.AtOffset) WriteMode.at(7)).offset());
    assertThrows(IllegalArgumentException.class, () -> WriteMode.at(-1));
  }

  @Test
  void providerLookupListsWhatItFound() {
    VfsProvider memory = new VfsProvider() {
      @Override
      public String scheme() {
        return "memory";
      }

      @Override
      public VirtualFileSystem open(VfsConfig config) {
        return new RecordingFileSystem();
      }
    };
    assertSame(memory, VfsProviders.find("memory", List.of(memory)));
    VfsConfigException e = assertThrows(VfsConfigException.class,
        () -> VfsProviders.find("s3", List.of(memory)));
    assertEquals("no storage provider for scheme \"s3\" (installed: memory)", e.getMessage());
    assertTrue(assertThrows(VfsConfigException.class, () -> VfsProviders.find("s3"))
        .getMessage().contains("installed: none"));
    assertThrows(VfsConfigException.class, () -> VfsProviders.open("s3", VfsConfig.empty()));
    assertTrue(VfsProviders.installed().isEmpty());
  }
}
