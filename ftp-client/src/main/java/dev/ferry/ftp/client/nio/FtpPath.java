package dev.ferry.ftp.client.nio;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A path on an FTP server: {@code /}-separated names, absolute or relative. Immutable; purely
 * syntactic until a {@link java.nio.file.Files} method uses it. Relative paths resolve against the
 * directory the server puts the user in at login.
 */
final class FtpPath implements Path {
  private final FtpFileSystem fileSystem;
  private final boolean absolute;
  private final List<String> names;

  FtpPath(FtpFileSystem fileSystem, boolean absolute, List<String> names) {
    this.fileSystem = fileSystem;
    this.absolute = absolute;
    this.names = List.copyOf(names);
  }

  /** Parses a string such as {@code /pub//a/b/}: empty names are dropped. */
  static FtpPath parse(FtpFileSystem fileSystem, String path) {
    if (path.indexOf('\0') >= 0) {
      throw new java.nio.file.InvalidPathException(path, "NUL in an FTP path");
    }
    List<String> names = new ArrayList<>();
    for (String name : path.split("/")) {
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return new FtpPath(fileSystem, path.startsWith("/"), names);
  }

  @Override
  public FtpFileSystem getFileSystem() {
    return fileSystem;
  }

  @Override
  public boolean isAbsolute() {
    return absolute;
  }

  @Override
  public Path getRoot() {
    return absolute ? new FtpPath(fileSystem, true, List.of()) : null;
  }

  @Override
  public Path getFileName() {
    return names.isEmpty() ? null : new FtpPath(fileSystem, false, List.of(names.getLast()));
  }

  @Override
  public Path getParent() {
    if (names.isEmpty() || names.size() == 1 && !absolute) {
      return null;
    }
    return new FtpPath(fileSystem, absolute, names.subList(0, names.size() - 1));
  }

  @Override
  public int getNameCount() {
    return names.size();
  }

  @Override
  public Path getName(int index) {
    return new FtpPath(fileSystem, false, List.of(names.get(index)));
  }

  @Override
  public Path subpath(int beginIndex, int endIndex) {
    if (beginIndex < 0 || endIndex > names.size() || beginIndex >= endIndex) {
      throw new IllegalArgumentException("no subpath " + beginIndex + ".." + endIndex + " of " + this);
    }
    return new FtpPath(fileSystem, false, names.subList(beginIndex, endIndex));
  }

  @Override
  public boolean startsWith(Path other) {
    FtpPath that = check(other);
    return that.absolute == absolute
        && that.names.size() <= names.size()
        && names.subList(0, that.names.size()).equals(that.names);
  }

  @Override
  public boolean endsWith(Path other) {
    FtpPath that = check(other);
    if (that.absolute) {
      return equals(that);
    }
    return that.names.size() <= names.size()
        && names.subList(names.size() - that.names.size(), names.size()).equals(that.names);
  }

  @Override
  public Path normalize() {
    List<String> out = new ArrayList<>();
    for (String name : names) {
      if (name.equals(".")) {
        continue;
      }
      if (name.equals("..") && !out.isEmpty() && !out.getLast().equals("..")) {
        out.removeLast();
      } else if (!(name.equals("..") && absolute)) {
        out.add(name);
      }
    }
    return new FtpPath(fileSystem, absolute, out);
  }

  @Override
  public Path resolve(Path other) {
    FtpPath that = check(other);
    if (that.absolute) {
      return that;
    }
    List<String> joined = new ArrayList<>(names);
    joined.addAll(that.names);
    return new FtpPath(fileSystem, absolute, joined);
  }

  @Override
  public Path relativize(Path other) {
    FtpPath that = check(other);
    if (that.absolute != absolute) {
      throw new IllegalArgumentException("cannot relativize " + other + " against " + this);
    }
    int common = 0;
    while (common < names.size()
        && common < that.names.size()
        && names.get(common).equals(that.names.get(common))) {
      common++;
    }
    List<String> out = new ArrayList<>();
    for (int i = common; i < names.size(); i++) {
      out.add("..");
    }
    out.addAll(that.names.subList(common, that.names.size()));
    return new FtpPath(fileSystem, false, out);
  }

  @Override
  public URI toUri() {
    try {
      URI server = fileSystem.uri();
      return new URI(
          server.getScheme(),
          server.getRawUserInfo() == null ? null : server.getUserInfo(),
          server.getHost(),
          server.getPort(),
          ((FtpPath) toAbsolutePath()).toString(),
          null,
          null);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Path toAbsolutePath() {
    return absolute ? this : fileSystem.defaultDirectory().resolve(this);
  }

  @Override
  public Path toRealPath(LinkOption... options) throws IOException {
    Path real = toAbsolutePath().normalize();
    if (!fileSystem.provider().exists(real)) {
      throw new NoSuchFileException(real.toString());
    }
    return real;
  }

  @Override
  public WatchKey register(
      WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
    throw new UnsupportedOperationException("FTP has no change notifications");
  }

  @Override
  public int compareTo(Path other) {
    return toString().compareTo(check(other).toString());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FtpPath that
        && that.fileSystem == fileSystem
        && that.absolute == absolute
        && that.names.equals(names);
  }

  @Override
  public int hashCode() {
    return Objects.hash(absolute, names);
  }

  /** The path as the server is sent it: {@code /a/b}, {@code a/b}, {@code /}, or empty. */
  @Override
  public String toString() {
    String joined = String.join("/", names);
    return absolute ? "/" + joined : joined;
  }

  private FtpPath check(Path other) {
    Objects.requireNonNull(other, "other");
    if (!(other instanceof FtpPath that) || that.fileSystem != fileSystem) {
      throw new ProviderMismatchException("not a path of " + fileSystem + ": " + other);
    }
    return that;
  }
}
