package dev.ferry.ftp.vfs.local.internal;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.HashSet;
import java.util.Set;

/** A {@link Dir} over a directory handle: every operation is relative to it ({@code *at} calls). */
final class SecureDir implements Dir {
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  private final SecureDirectoryStream<Path> handle;
  private final Path path;
  private final boolean posix;

  SecureDir(SecureDirectoryStream<Path> handle, Path path, boolean posix) {
    this.handle = handle;
    this.path = path;
    this.posix = posix;
  }

  @Override
  public Path path() {
    return path;
  }

  @Override
  public Dir open(String name) throws IOException {
    return new SecureDir(handle.newDirectoryStream(name(name), NOFOLLOW), path.resolve(name),
        posix);
  }

  @Override
  public BasicFileAttributes stat(String name) throws IOException {
    if (posix) {
      return handle.getFileAttributeView(name(name), PosixFileAttributeView.class, NOFOLLOW)
          .readAttributes();
    }
    return handle.getFileAttributeView(name(name), BasicFileAttributeView.class, NOFOLLOW)
        .readAttributes();
  }

  @Override
  public SeekableByteChannel channel(String name, Set<OpenOption> options) throws IOException {
    Set<OpenOption> all = new HashSet<>(options);
    all.add(NOFOLLOW);
    return handle.newByteChannel(name(name), all);
  }

  @Override
  public <V extends FileAttributeView> V view(String name, Class<V> type) {
    return handle.getFileAttributeView(name(name), type, NOFOLLOW);
  }

  @Override
  public DirectoryStream<Path> entries() {
    return handle;
  }

  @Override
  public void deleteFile(String name) throws IOException {
    handle.deleteFile(name(name));
  }

  @Override
  public void deleteDirectory(String name) throws IOException {
    handle.deleteDirectory(name(name));
  }

  @Override
  public void move(String name, Dir target, String targetName) throws IOException {
    // renameat(2): replaces a file at the target atomically.
    handle.move(name(name), ((SecureDir) target).handle, name(targetName));
  }

  @Override
  public void close() throws IOException {
    handle.close();
  }

  private Path name(String name) {
    return path.getFileSystem().getPath(name);
  }
}
