package dev.ferry.ftp.client.nio;

import dev.ferry.ftp.client.FtpSessionPool;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchService;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One FTP server as a {@link FileSystem}, backed by a pool of sessions so that several threads
 * can use it at once. Closing it closes the pool.
 */
final class FtpFileSystem extends FileSystem {
  private final FtpFileSystemProvider provider;
  private final URI uri;
  private final FtpSessionPool pool;
  private final FtpPath defaultDirectory;
  private volatile boolean open = true;

  FtpFileSystem(FtpFileSystemProvider provider, URI uri, FtpSessionPool pool, String home) {
    this.provider = provider;
    this.uri = uri;
    this.pool = pool;
    this.defaultDirectory = FtpPath.parse(this, home.startsWith("/") ? home : "/" + home);
  }

  URI uri() {
    return uri;
  }

  FtpSessionPool pool() {
    if (!open) {
      throw new java.nio.file.ClosedFileSystemException();
    }
    return pool;
  }

  FtpPath defaultDirectory() {
    return defaultDirectory;
  }

  @Override
  public FtpFileSystemProvider provider() {
    return provider;
  }

  @Override
  public void close() throws IOException {
    if (open) {
      open = false;
      pool.close();
      provider.removed(this);
    }
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public boolean isReadOnly() {
    return false;
  }

  @Override
  public String getSeparator() {
    return "/";
  }

  @Override
  public Iterable<Path> getRootDirectories() {
    return List.of(FtpPath.parse(this, "/"));
  }

  @Override
  public Iterable<FileStore> getFileStores() {
    return List.of();
  }

  @Override
  public Set<String> supportedFileAttributeViews() {
    return Set.of("basic");
  }

  @Override
  public Path getPath(String first, String... more) {
    StringBuilder path = new StringBuilder(first);
    for (String name : more) {
      if (!name.isEmpty()) {
        path.append('/').append(name);
      }
    }
    return FtpPath.parse(this, path.toString());
  }

  @Override
  public PathMatcher getPathMatcher(String syntaxAndPattern) {
    int colon = syntaxAndPattern.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("expected syntax:pattern, got " + syntaxAndPattern);
    }
    String syntax = syntaxAndPattern.substring(0, colon);
    String pattern = syntaxAndPattern.substring(colon + 1);
    Pattern regex =
        switch (syntax) {
          case "glob" -> Globs.toPattern(pattern);
          case "regex" -> Pattern.compile(pattern);
          default -> throw new UnsupportedOperationException("unknown syntax: " + syntax);
        };
    return path -> regex.matcher(path.toString()).matches();
  }

  @Override
  public UserPrincipalLookupService getUserPrincipalLookupService() {
    throw new UnsupportedOperationException("FTP has no user principals");
  }

  @Override
  public WatchService newWatchService() {
    throw new UnsupportedOperationException("FTP has no change notifications");
  }

  @Override
  public String toString() {
    return "FtpFileSystem{" + uri + "}";
  }
}
