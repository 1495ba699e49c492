package dev.ferry.ftp.vfs.local.internal;

import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.FileType;
import dev.ferry.ftp.vfs.InvalidVirtualPathException;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VfsException.Kind;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Finds virtual paths under the root, one name at a time, so nothing outside the root is ever
 * reached.
 *
 * <p>Each name is looked up without following links. A link is refused unless links are followed
 * and its fully resolved target lies inside the root; then the walk starts again from the root
 * along the target's path, so the target is reached by the same checked walk (at most {@value
 * #MAX_LINKS} links per walk). Names reserved for temporary uploads, and names the host file
 * system would read as something else than one plain name, never reach the disk.
 */
final class Walker {
  private static final int MAX_LINKS = 40;
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
  /** What a listing reads of each entry, in one {@code stat}, through the {@code unix} view. */
  private static final String LISTED = "unix:size,lastModifiedTime,creationTime,isRegularFile,"
      + "isDirectory,isSymbolicLink,dev,ino,mode,uid,gid,nlink";

  private final Path root;
  private final boolean secure;
  private final boolean posix;
  private final boolean unix;
  private final boolean followLinks;

  /**
   * Creates a walker.
   *
   * @param root the real path of the root (no links in it)
   * @param secure whether to walk with directory handles ({@link SecureDir})
   * @param posix whether the file system has the {@code posix} attribute view
   * @param unix whether it has the {@code unix} view (for the link count)
   * @param followLinks whether links inside the root are followed
   */
  Walker(Path root, boolean secure, boolean posix, boolean unix, boolean followLinks) {
    this.root = root;
    this.secure = secure;
    this.posix = posix;
    this.unix = unix;
    this.followLinks = followLinks;
  }

  Dir openRoot() throws IOException {
    if (!secure) {
      return new PathDir(root, posix);
    }
    DirectoryStream<Path> stream = Files.newDirectoryStream(root);
    if (stream instanceof SecureDirectoryStream<Path> handle) {
      return new SecureDir(handle, root, posix);
    }
    stream.close();
    throw new IOException("the file system no longer offers secure directory streams");
  }

  /**
   * Finds {@code path}: walks to its parent and looks its name up.
   *
   * @param followFinal whether a link in the last name is followed (when links are followed)
   * @param forCreate whether the caller will create the name: then a parent that is a file is
   *     NOT_A_DIRECTORY and a reserved name INVALID_NAME, where a lookup reports NOT_FOUND
   */
  Entry locate(VirtualPath path, boolean followFinal, boolean forCreate) throws IOException {
    return locate(path, path, followFinal, forCreate, 0);
  }

  private Entry locate(VirtualPath path, VirtualPath named, boolean followFinal,
      boolean forCreate, int links) throws IOException {
    String name = hostName(path.name(), named, forCreate);
    Dir dir = walk(path.parent(), named, forCreate);
    try {
      BasicFileAttributes attributes = statOrNull(dir, name);
      if (attributes != null && attributes.isSymbolicLink() && followFinal && followLinks
          && links < MAX_LINKS) {
        VirtualPath target = resolveLink(dir, name);
        if (target != null && !target.isRoot()) {
          dir.close();
          return locate(target, named, true, forCreate, links + 1);
        }
      }
      return new Entry(dir, name, named, attributes);
    } catch (IOException | RuntimeException e) {
      closeQuietly(dir);
      throw e;
    }
  }

  private Dir walk(VirtualPath directory, VirtualPath named, boolean forCreate)
      throws IOException {
    Deque<String> todo = new ArrayDeque<>(directory.segments());
    Dir current = openRoot();
    int links = 0;
    try {
      while (!todo.isEmpty()) {
        String name = hostName(todo.removeFirst(), named, false);
        BasicFileAttributes attributes = statOrNull(current, name);
        if (attributes == null) {
          throw new VfsException(Kind.NOT_FOUND, named);
        }
        if (attributes.isSymbolicLink()) {
          VirtualPath target = followLinks ? resolveLink(current, name) : null;
          if (target == null || ++links > MAX_LINKS) {
            throw new VfsException(Kind.PERMISSION_DENIED, named, "symbolic link", null);
          }
          Deque<String> next = new ArrayDeque<>(target.segments());
          next.addAll(todo);
          todo = next;
          current.close();
          current = openRoot();
          continue;
        }
        if (!attributes.isDirectory()) {
          throw new VfsException(forCreate ? Kind.NOT_A_DIRECTORY : Kind.NOT_FOUND, named);
        }
        // Checked first, so a FIFO or device is never opened (opening a FIFO blocks).
        Dir next = current.open(name);
        current.close();
        current = next;
      }
      return current;
    } catch (IOException e) {
      closeQuietly(current);
      throw NioErrors.map(e, named);
    } catch (RuntimeException e) {
      closeQuietly(current);
      throw e;
    }
  }

  /**
   * Returns the virtual path a link points to, or null if it dangles or leaves the root. The
   * target is fully resolved, so the path has no links left (unless one is swapped in meanwhile,
   * which the next walk checks again).
   */
  VirtualPath resolveLink(Dir dir, String name) {
    try {
      Path real = dir.path().resolve(name).toRealPath();
      if (real.equals(root)) {
        return VirtualPath.ROOT;
      }
      if (!real.startsWith(root)) {
        return null;
      }
      VirtualPath path = VirtualPath.ROOT;
      for (Path part : root.relativize(real)) {
        path = path.child(part.toString());
      }
      return path;
    } catch (IOException | InvalidVirtualPathException e) {
      return null;
    }
  }

  /** Converts the attributes of an entry found by {@link #locate}. */
  FileAttributes attributes(Entry e) throws IOException {
    return convert(e.require(), e.dir().path().resolve(e.name()));
  }

  /**
   * Reads the attributes of an entry a listing found, or returns null if it vanished meanwhile.
   *
   * <p>Where the host has the {@code unix} view, one {@code stat} gives everything, the link count
   * included, and owner and group names come from {@code names}. The JDK offers that view by path
   * only, so the read goes through the directory's real path rather than its handle (the names
   * themselves come from the handle); an ancestor swapped for a link while the directory is being
   * listed could show the attributes, never the content, of same-named entries elsewhere. A link
   * that may be followed takes the checked walk of {@link #listedAttributes}.
   */
  FileAttributes listedOrNull(Dir dir, String name, OwnerNames names) throws IOException {
    if (unix && posix) {
      Path file = dir.path().resolve(name);
      Map<String, Object> a;
      try {
        a = Files.readAttributes(file, LISTED, NOFOLLOW);
      } catch (NoSuchFileException e) {
        return null;
      }
      if (!(followLinks && (Boolean) a.get("isSymbolicLink"))) {
        return fromUnixView(a, file, names);
      }
    }
    BasicFileAttributes a = statOrNull(dir, name);
    return a == null ? null : listedAttributes(dir, name, a);
  }

  /** Attributes of a listed entry, following it if it is a link that may be followed. */
  FileAttributes listedAttributes(Dir dir, String name, BasicFileAttributes attributes) {
    if (attributes.isSymbolicLink() && followLinks) {
      VirtualPath target = resolveLink(dir, name);
      if (target != null && !target.isRoot()) {
        try (Entry e = locate(target, true, false)) {
          if (e.attributes() != null && !e.attributes().isSymbolicLink()) {
            return attributes(e);
          }
        } catch (IOException ignored) {
          // Not reachable after all: report the link itself.
        }
      }
    }
    return convert(attributes, dir.path().resolve(name));
  }

  FileAttributes rootAttributes() throws IOException {
    Class<? extends BasicFileAttributes> type =
        posix ? PosixFileAttributes.class : BasicFileAttributes.class;
    return convert(Files.readAttributes(root, type), root);
  }

  FileStore rootStore() throws IOException {
    return Files.getFileStore(root);
  }

  <V extends FileAttributeView> V rootView(Class<V> type) {
    return Files.getFileAttributeView(root, type);
  }

  long linkCount(Entry e) {
    return linkCount(e.dir().path().resolve(e.name()));
  }

  static BasicFileAttributes statOrNull(Dir dir, String name) throws IOException {
    try {
      return dir.stat(name);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** Whether a name read from the disk can be a virtual name at all (listings skip others). */
  static boolean isListable(String name) {
    if (name.startsWith(NioFileSystem.TEMP_PREFIX)) {
      return false;
    }
    try {
      VirtualPath.ROOT.child(name);
      return true;
    } catch (InvalidVirtualPathException e) {
      return false;
    }
  }

  private String hostName(String name, VirtualPath named, boolean forCreate)
      throws VfsException {
    if (name.startsWith(NioFileSystem.TEMP_PREFIX)) {
      throw forCreate
          ? new VfsException(Kind.INVALID_NAME, named, "reserved name", null)
          : new VfsException(Kind.NOT_FOUND, named);
    }
    try {
      Path p = root.getFileSystem().getPath(name);
      if (p.getNameCount() == 1 && !p.isAbsolute() && p.toString().equals(name)) {
        return name;
      }
    } catch (InvalidPathException e) {
      // Reported below.
    }
    // E.g. "C:" or "a:b" on Windows, which the host would not read as one plain name.
    throw new VfsException(Kind.INVALID_NAME, named);
  }

  private FileAttributes convert(BasicFileAttributes a, Path real) {
    FileType type = a.isRegularFile() ? FileType.FILE
        : a.isDirectory() ? FileType.DIRECTORY
        : a.isSymbolicLink() ? FileType.SYMLINK
        : FileType.OTHER;
    FileAttributes.Builder b = FileAttributes.builder(type)
        .size(Math.max(0, a.size()))
        .modified(a.lastModifiedTime().toInstant())
        .created(instantOrNull(a.creationTime()));
    if (a instanceof PosixFileAttributes p) {
      b.mode(Modes.toMode(p.permissions())).owner(p.owner().getName()).group(p.group().getName());
    }
    if (a.fileKey() != null) {
      b.uniqueId(uniqueId(a.fileKey()));
    }
    return b.linkCount(linkCount(real)).build();
  }

  private static FileAttributes fromUnixView(Map<String, Object> a, Path file, OwnerNames names)
      throws IOException {
    FileType type = (Boolean) a.get("isRegularFile") ? FileType.FILE
        : (Boolean) a.get("isDirectory") ? FileType.DIRECTORY
        : (Boolean) a.get("isSymbolicLink") ? FileType.SYMLINK
        : FileType.OTHER;
    FileAttributes.Builder b = FileAttributes.builder(type)
        .size(Math.max(0, ((Number) a.get("size")).longValue()))
        .modified(((FileTime) a.get("lastModifiedTime")).toInstant())
        .created(instantOrNull((FileTime) a.get("creationTime")))
        .mode(((Number) a.get("mode")).intValue() & 0777)
        .owner(names.owner(((Number) a.get("uid")).intValue(), file))
        .group(names.group(((Number) a.get("gid")).intValue(), file))
        .linkCount(Math.max(1, ((Number) a.get("nlink")).longValue()));
    // The same id as uniqueId(fileKey) gives, without building and re-parsing the key's text.
    b.uniqueId("dev." + Long.toHexString(((Number) a.get("dev")).longValue())
        + ".ino." + ((Number) a.get("ino")).longValue());
    return b.build();
  }

  private long linkCount(Path real) {
    if (!unix) {
      return 1;
    }
    try {
      Object n = Files.getAttribute(real, "unix:nlink", NOFOLLOW);
      return n instanceof Number number ? Math.max(1, number.longValue()) : 1;
    } catch (IOException | RuntimeException e) {
      return 1;
    }
  }

  /**
   * Keeps the letters and digits of a file key, e.g. {@code (dev=803,ino=12)} → dev.803.ino.12
   * (the JDK prints the device in hex, the inode in decimal; listings build the same text from the
   * numbers).
   * A plain loop: it runs once per listed entry.
   */
  static String uniqueId(Object fileKey) {
    String key = fileKey.toString();
    StringBuilder id = new StringBuilder(key.length());
    boolean gap = false;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
        if (gap && !id.isEmpty()) {
          id.append('.');
        }
        id.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return id.toString();
  }

  private static Instant instantOrNull(FileTime time) {
    return time == null ? null : time.toInstant();
  }

  static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // Nothing more to do about a handle that will not close.
    }
  }
}
