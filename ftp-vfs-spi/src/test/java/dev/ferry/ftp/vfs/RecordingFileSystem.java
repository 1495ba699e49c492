package dev.ferry.ftp.vfs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A fake backend for decorator tests: records each call with the paths it got, and fails with
 * NOT_FOUND (about the path it got) for any path whose name starts with "missing".
 */
final class RecordingFileSystem implements VirtualFileSystem {
  final List<String> calls = new ArrayList<>();
  boolean closed;

  private void record(String op, VirtualPath... paths) throws VfsException {
    StringBuilder call = new StringBuilder(op);
    for (VirtualPath p : paths) {
      call.append(' ').append(p);
    }
    calls.add(call.toString());
    for (VirtualPath p : paths) {
      if (p.name().startsWith("missing")) {
        throw new VfsException(VfsException.Kind.NOT_FOUND, p, "detail", new IOException("x"));
      }
    }
  }

  @Override
  public Set<Capability> capabilities() {
    return EnumSet.allOf(Capability.class);
  }

  @Override
  public FileAttributes stat(VirtualPath path) throws IOException {
    record("stat", path);
    return FileAttributes.builder(FileType.FILE).size(1).build();
  }

  @Override
  public DirectoryCursor list(VirtualPath directory) throws IOException {
    record("list", directory);
    return new DirectoryCursor() {
      @Override
      public DirectoryEntry next() {
        return null;
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public ReadableByteChannel openRead(VirtualPath file, long offset) throws IOException {
    record("read@" + offset, file);
    return Channels.newChannel(new java.io.ByteArrayInputStream(new byte[] {1}));
  }

  @Override
  public Upload openWrite(VirtualPath file, WriteMode mode) throws IOException {
    record("write", file);
    return new Upload() {
      private boolean open = true;

      @Override
      public int write(ByteBuffer src) throws IOException {
        if (src.remaining() > 100) {
          throw new VfsException(VfsException.Kind.NO_SPACE, file);
        }
        int n = src.remaining();
        src.position(src.limit());
        return n;
      }

      @Override
      public void commit() throws IOException {
        open = false;
        throw new VfsException(VfsException.Kind.ALREADY_EXISTS, file);
      }

      @Override
      public void abort() {
        open = false;
      }

      @Override
      public boolean isOpen() {
        return open;
      }

      @Override
      public void close() {
        open = false;
      }
    };
  }

  @Override
  public void createDirectory(VirtualPath directory) throws IOException {
    record("mkdir", directory);
  }

  @Override
  public void delete(VirtualPath file) throws IOException {
    record("delete", file);
  }

  @Override
  public void deleteDirectory(VirtualPath directory) throws IOException {
    record("rmdir", directory);
  }

  @Override
  public void rename(VirtualPath source, VirtualPath target) throws IOException {
    record("rename", source, target);
  }

  @Override
  public void setModifiedTime(VirtualPath path, Instant modified) throws IOException {
    record("mtime", path);
  }

  @Override
  public void setCreationTime(VirtualPath path, Instant created) throws IOException {
    record("ctime", path);
  }

  @Override
  public long availableSpace(VirtualPath directory) throws IOException {
    record("avbl", directory);
    return 7;
  }

  @Override
  public void setPermissions(VirtualPath path, int mode) throws IOException {
    record("chmod", path);
  }

  @Override
  public Set<String> checksumAlgorithms() {
    return Set.of("SHA-256");
  }

  @Override
  public byte[] checksum(VirtualPath file, String algorithm, long offset, long length)
      throws IOException {
    record("hash", file);
    return new byte[] {42};
  }

  @Override
  public void close() {
    closed = true;
  }
}
