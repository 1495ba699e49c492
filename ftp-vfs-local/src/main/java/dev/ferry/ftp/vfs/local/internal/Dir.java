package dev.ferry.ftp.vfs.local.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttributeView;
import java.util.Set;

/**
 * An open directory on the way down from the root, and the operations on its entries by name.
 * None of them follows a symbolic link in the last name.
 *
 * <p>{@link SecureDir} holds a directory handle ({@code openat} and friends), so once the walk
 * has reached a directory, swapping one of its ancestors for a link cannot redirect anything;
 * {@link PathDir} works on paths, for file systems without {@link
 * java.nio.file.SecureDirectoryStream} (Windows, and the private in-memory file system, where no
 * one else can swap anything).
 */
interface Dir extends Closeable {
  /**
   * Returns the real path of this directory: used only for operations that have no handle-based
   * form (creating a directory or a hard link, resolving a link) and never shown to users.
   */
  Path path();

  /** Opens the child directory {@code name}; the caller has checked that it is one. */
  Dir open(String name) throws IOException;

  /** Reads the attributes of {@code name} without following a link. */
  BasicFileAttributes stat(String name) throws IOException;

  /** Opens {@code name} as a channel without following a link; the options are added to. */
  SeekableByteChannel channel(String name, Set<OpenOption> options) throws IOException;

  /** Returns an attribute view of {@code name} that does not follow a link, or null. */
  <V extends FileAttributeView> V view(String name, Class<V> type);

  /** Returns the entries of this directory; may be called once, and is closed with this. */
  DirectoryStream<Path> entries() throws IOException;

  /** Deletes the file or link {@code name}. */
  void deleteFile(String name) throws IOException;

  /** Deletes the empty directory {@code name}. */
  void deleteDirectory(String name) throws IOException;

  /** Renames {@code name} to {@code targetName} in {@code target}, replacing a file there. */
  void move(String name, Dir target, String targetName) throws IOException;
}
