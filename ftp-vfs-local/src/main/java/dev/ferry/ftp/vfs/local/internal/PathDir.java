package dev.ferry.ftp.vfs.local.internal;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * A {@link Dir} that works on paths. Every name is checked for links as the walk goes down, but
 * an ancestor swapped for a link after the check is not noticed: use it only where no one else
 * can change the tree (the in-memory file system) or where the platform has no handle-based
 * calls.
 */
final class PathDir implements Dir {
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  private final Path path;
  private final boolean posix;
  private DirectoryStream<Path> entries;

  PathDir(Path path, boolean posix) {
    this.path = path;
    this.posix = posix;
  }

  @Override
  public Path path() {
    return path;
  }

  @Override
  public Dir open(String name) {
    return new PathDir(path.resolve(name), posix);
  }

  @Override
  public BasicFileAttributes stat(String name) throws IOException {
    Class<? extends BasicFileAttributes> type =
        posix ? PosixFileAttributes.class : BasicFileAttributes.class;
    return Files.readAttributes(path.resolve(name), type, NOFOLLOW);
  }

  @Override
  public SeekableByteChannel channel(String name, Set<OpenOption> options) throws IOException {
    Set<OpenOption> all = new HashSet<>(options);
    all.add(NOFOLLOW);
    return Files.newByteChannel(path.resolve(name), all);
  }

  @Override
  public <V extends FileAttributeView> V view(String name, Class<V> type) {
    return Files.getFileAttributeView(path.resolve(name), type, NOFOLLOW);
  }

  @Override
  public DirectoryStream<Path> entries() throws IOException {
    entries = Files.newDirectoryStream(path);
    return entries;
  }

  @Override
  public void deleteFile(String name) throws IOException {
    Path file = path.resolve(name);
    if (Files.readAttributes(file, BasicFileAttributes.class, NOFOLLOW).isDirectory()) {
      throw new FileSystemException(name, null, "Is a directory");
    }
    Files.delete(file);
  }

  @Override
  public void deleteDirectory(String name) throws IOException {
    Path dir = path.resolve(name);
    if (!Files.readAttributes(dir, BasicFileAttributes.class, NOFOLLOW).isDirectory()) {
      throw new NotDirectoryException(name);
    }
    Files.delete(dir);
  }

  @Override
  public void move(String name, Dir target, String targetName) throws IOException {
    Files.move(path.resolve(name), target.path().resolve(targetName),
        StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() throws IOException {
    if (entries != null) {
      entries.close();
    }
  }
}
