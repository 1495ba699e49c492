package dev.ferry.ftp.client.nio;

import dev.ferry.ftp.client.FtpClientConfig;
import dev.ferry.ftp.client.FtpInputStream;
import dev.ferry.ftp.client.FtpNotFoundException;
import dev.ferry.ftp.client.FtpOutputStream;
import dev.ferry.ftp.client.FtpPermissionException;
import dev.ferry.ftp.client.FtpReplyException;
import dev.ferry.ftp.client.FtpSession;
import dev.ferry.ftp.client.FtpSessionPool;
import dev.ferry.ftp.client.RemoteFile;
import dev.ferry.ftp.client.TransferOptions;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@code java.nio.file} provider for {@code ftp://} URIs, so that code written against {@link
 * Path} and {@link Files} can reach an FTP server: {@code Files.newInputStream}, {@code
 * Files.list}, {@code Files.walk}, {@code Files.copy}, {@code Files.move}, attributes. Its two
 * subclasses serve FTPS with the scheme names of the {@code ferry} command line: {@link
 * FtpesFileSystemProvider} {@code ftpes://} (explicit, {@code AUTH TLS}, port 21 by default) and
 * {@link FtpsFileSystemProvider} {@code ftps://} (implicit, port 990 by default).
 *
 * <pre>{@code
 * try (FileSystem ftp = FileSystems.newFileSystem(
 *     URI.create("ftpes://ferry@ftp.example.org/"), Map.of("password", secret))) {
 *   Files.copy(ftp.getPath("/pub/report.csv"), Path.of("report.csv"));
 * }
 * }</pre>
 *
 * <p>A file system is opened explicitly with {@link java.nio.file.FileSystems#newFileSystem(URI,
 * Map)} and backed by a {@link FtpSessionPool}; one per scheme, user, host and port. The
 * environment may hold {@code "password"} (else the URI's user information, else anonymous),
 * {@code "account"}, {@code "config"} (an {@link FtpClientConfig} to start from, for timeouts and
 * modes), {@code "sessions"} (the pool size, 4 by default) and {@code "tls"} (a {@link
 * dev.ferry.ftp.tls.ClientTls}: the trust and policy for FTPS). The URI's scheme alone decides
 * how TLS starts: without {@code "tls"} (or a TLS setting in {@code "config"}) an FTPS file
 * system trusts the JDK's trust store and checks the host name, and TLS settings whose policy's
 * mode is not the scheme's ({@code IMPLICIT} for an {@code ftpes://} URI, any TLS for {@code
 * ftp://}) are refused with an {@link IllegalArgumentException} rather than quietly overridden.
 * Failures map to the JDK's exceptions: {@link NoSuchFileException}, {@link
 * AccessDeniedException}, {@link FileAlreadyExistsException}, {@link DirectoryNotEmptyException};
 * others stay the client's {@link FtpReplyException}, which is an {@link IOException} too; a
 * certificate that is not trusted fails {@code newFileSystem} with an {@link
 * javax.net.ssl.SSLHandshakeException}.
 *
 * <p>What FTP cannot do is not pretended: there are no file stores, watch services, user
 * principals or access times, symbolic links are reported but not followed, and a copy between
 * two paths of one server goes through a local temporary file.
 */
public sealed class FtpFileSystemProvider extends FileSystemProvider
    permits FtpesFileSystemProvider, FtpsFileSystemProvider {
  private final FtpScheme scheme;
  private final Map<String, FtpFileSystem> fileSystems = new ConcurrentHashMap<>();

  /** Creates the {@code ftp} provider; {@link java.util.ServiceLoader} calls this. It opens nothing. */
  public FtpFileSystemProvider() {
    this(FtpScheme.FTP);
  }

  FtpFileSystemProvider(FtpScheme scheme) {
    this.scheme = scheme;
  }

  @Override
  public String getScheme() {
    return scheme.scheme();
  }

  @Override
  public FileSystem newFileSystem(URI uri, Map<String, ?> env) throws IOException {
    String key = scheme.key(uri);
    FtpClientConfig config = scheme.config(uri, env);
    URI root = scheme.root(config);
    int sessions = env.get("sessions") instanceof Integer n ? n : 4;
    FtpSessionPool pool = FtpSessionPool.create(config, sessions);
    String home;
    try (FtpSessionPool.Lease lease = pool.acquire()) {
      home = lease.session().workingDirectory();
    } catch (IOException | RuntimeException e) {
      pool.close();
      throw e;
    }
    FtpFileSystem fileSystem = new FtpFileSystem(this, root, pool, home);
    if (fileSystems.putIfAbsent(key, fileSystem) != null) {
      pool.close();
      throw new FileSystemAlreadyExistsException(key);
    }
    return fileSystem;
  }

  @Override
  public FileSystem getFileSystem(URI uri) {
    String key = scheme.key(uri);
    FtpFileSystem fileSystem = fileSystems.get(key);
    if (fileSystem == null) {
      throw new FileSystemNotFoundException(key);
    }
    return fileSystem;
  }

  @Override
  public Path getPath(URI uri) {
    String path = uri.getPath();
    return getFileSystem(uri).getPath(path == null || path.isEmpty() ? "/" : path);
  }

  void removed(FtpFileSystem fileSystem) {
    fileSystems.values().remove(fileSystem);
  }

  // ---- content ------------------------------------------------------------------------------

  @Override
  public InputStream newInputStream(Path path, OpenOption... options) throws IOException {
    FtpPath file = check(path);
    for (OpenOption option : options) {
      if (option == StandardOpenOption.WRITE || option == StandardOpenOption.APPEND) {
        throw new UnsupportedOperationException("not a read option: " + option);
      }
    }
    return open(file, 0);
  }

  private InputStream open(FtpPath file, long offset) throws IOException {
    FtpSessionPool.Lease lease = file.getFileSystem().pool().acquire();
    try {
      FtpInputStream in = lease.session().retrieve(remote(file), offset, TransferOptions.defaults());
      return new FilterInputStream(in) {
        @Override
        public void close() throws IOException {
          try {
            super.close();
          } finally {
            lease.close();
          }
        }
      };
    } catch (IOException e) {
      lease.close();
      throw map(file, e);
    } catch (RuntimeException e) {
      lease.close();
      throw e;
    }
  }

  @Override
  public OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
    FtpPath file = check(path);
    Set<OpenOption> set = Set.copyOf(Arrays.asList(options));
    if (set.contains(StandardOpenOption.READ)) {
      throw new IllegalArgumentException("READ is not an output option");
    }
    boolean append = set.contains(StandardOpenOption.APPEND);
    boolean createNew = set.contains(StandardOpenOption.CREATE_NEW);
    boolean create = set.isEmpty() || createNew || set.contains(StandardOpenOption.CREATE);
    FtpSessionPool.Lease lease = file.getFileSystem().pool().acquire();
    try {
      FtpSession session = lease.session();
      if (createNew || !create) {
        boolean exists = session.exists(remote(file));
        if (createNew && exists) {
          throw new FileAlreadyExistsException(file.toString());
        }
        if (!create && !exists) {
          throw new NoSuchFileException(file.toString());
        }
      }
      FtpOutputStream out =
          append
              ? session.append(remote(file), TransferOptions.defaults())
              : session.store(remote(file));
      return new FilterOutputStream(out) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
          try {
            out.close();
          } finally {
            lease.close();
          }
        }
      };
    } catch (IOException e) {
      lease.close();
      throw map(file, e);
    } catch (RuntimeException e) {
      lease.close();
      throw e;
    }
  }

  @Override
  public SeekableByteChannel newByteChannel(
      Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
    FtpPath file = check(path);
    if (options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND)) {
      OpenOption[] writeOptions = options.toArray(OpenOption[]::new);
      WritableByteChannel channel = Channels.newChannel(newOutputStream(file, writeOptions));
      return new WriteChannel(channel);
    }
    long size = readAttributes(file, BasicFileAttributes.class).size();
    return new ReadChannel(offset -> open(file, offset), size);
  }

  @Override
  public DirectoryStream<Path> newDirectoryStream(
      Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
    FtpPath directory = check(dir);
    List<Path> entries = new ArrayList<>();
    for (RemoteFile file : call(directory, s -> s.list(remote(directory)))) {
      Path entry = directory.resolve(file.name());
      if (filter.accept(entry)) {
        entries.add(entry);
      }
    }
    return new DirectoryStream<>() {
      private boolean iterated;

      @Override
      public Iterator<Path> iterator() {
        if (iterated) {
          throw new IllegalStateException("a directory stream is iterated once");
        }
        iterated = true;
        return entries.iterator();
      }

      @Override
      public void close() {}
    };
  }

  // ---- structure ----------------------------------------------------------------------------

  @Override
  public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
    FtpPath directory = check(dir);
    if (attrs.length > 0) {
      throw new UnsupportedOperationException("FTP cannot set attributes at creation");
    }
    call(
        directory,
        s -> {
          try {
            s.createDirectory(remote(directory));
          } catch (FtpReplyException e) {
            if (s.exists(remote(directory))) {
              throw new FileAlreadyExistsException(directory.toString());
            }
            Path parent = directory.toAbsolutePath().getParent();
            if (parent != null && !s.exists(parent.toString())) {
              throw new NoSuchFileException(parent.toString());
            }
            throw e;
          }
          return null;
        });
  }

  @Override
  public void delete(Path path) throws IOException {
    FtpPath file = check(path);
    call(
        file,
        s -> {
          String name = remote(file);
          if (!s.stat(name).isDirectory()) {
            s.delete(name);
            return null;
          }
          try {
            s.deleteDirectory(name);
          } catch (FtpReplyException e) {
            if (!s.list(name).isEmpty()) {
              throw new DirectoryNotEmptyException(file.toString());
            }
            throw e;
          }
          return null;
        });
  }

  @Override
  public void copy(Path source, Path target, CopyOption... options) throws IOException {
    FtpPath from = check(source);
    FtpPath to = check(target);
    prepareTarget(to, options);
    if (readAttributes(from, BasicFileAttributes.class).isDirectory()) {
      createDirectory(to);
      return;
    }
    // Through a local file: one session at a time, so a pool of one cannot deadlock.
    Path temporary = Files.createTempFile("ferry-ftp-copy", ".tmp");
    try {
      call(from, s -> s.download(remote(from), temporary));
      call(to, s -> s.upload(temporary, remote(to)));
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  @Override
  public void move(Path source, Path target, CopyOption... options) throws IOException {
    FtpPath from = check(source);
    FtpPath to = check(target);
    prepareTarget(to, options);
    call(
        from,
        s -> {
          s.rename(remote(from), remote(to));
          return null;
        });
  }

  private void prepareTarget(FtpPath target, CopyOption... options) throws IOException {
    if (!exists(target)) {
      return;
    }
    if (!Arrays.asList(options).contains(StandardCopyOption.REPLACE_EXISTING)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    delete(target);
  }

  @Override
  public boolean isSameFile(Path path, Path path2) {
    return check(path).toAbsolutePath().normalize().equals(check(path2).toAbsolutePath().normalize());
  }

  @Override
  public boolean isHidden(Path path) {
    Path name = check(path).getFileName();
    return name != null && name.toString().startsWith(".");
  }

  @Override
  public FileStore getFileStore(Path path) {
    throw new UnsupportedOperationException("FTP has no file stores");
  }

  @Override
  public void checkAccess(Path path, AccessMode... modes) throws IOException {
    FtpPath file = check(path);
    call(file, s -> s.stat(remote(file)));
  }

  boolean exists(Path path) throws IOException {
    FtpPath file = check(path);
    return call(file, s -> s.exists(remote(file)));
  }

  // ---- attributes ---------------------------------------------------------------------------

  @Override
  @SuppressWarnings("unchecked")
  public <V extends FileAttributeView> V getFileAttributeView(
      Path path, Class<V> type, LinkOption... options) {
    FtpPath file = check(path);
    if (type != BasicFileAttributeView.class) {
      return null;
    }
    return (V)
        new BasicFileAttributeView() {
          @Override
          public String name() {
            return "basic";
          }

          @Override
          public BasicFileAttributes readAttributes() throws IOException {
            return FtpFileSystemProvider.this.readAttributes(file, BasicFileAttributes.class);
          }

          @Override
          public void setTimes(FileTime lastModified, FileTime lastAccess, FileTime create)
              throws IOException {
            if (lastModified != null) {
              call(
                  file,
                  s -> {
                    s.setModificationTime(remote(file), lastModified.toInstant());
                    return null;
                  });
            }
          }
        };
  }

  @Override
  @SuppressWarnings("unchecked")
  public <A extends BasicFileAttributes> A readAttributes(
      Path path, Class<A> type, LinkOption... options) throws IOException {
    FtpPath file = check(path);
    if (type != BasicFileAttributes.class) {
      throw new UnsupportedOperationException("only basic attributes: " + type.getName());
    }
    return (A) new FtpFileAttributes(call(file, s -> s.stat(remote(file))));
  }

  @Override
  public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
      throws IOException {
    String names = viewless(attributes);
    Map<String, Object> all = ((FtpFileAttributes) readAttributes(path, BasicFileAttributes.class)).asMap();
    if (names.equals("*")) {
      return all;
    }
    Map<String, Object> chosen = new LinkedHashMap<>();
    for (String name : names.split(",")) {
      if (!all.containsKey(name)) {
        throw new IllegalArgumentException("no basic attribute " + name);
      }
      chosen.put(name, all.get(name));
    }
    return chosen;
  }

  @Override
  public void setAttribute(Path path, String attribute, Object value, LinkOption... options)
      throws IOException {
    if (!viewless(attribute).equals("lastModifiedTime")) {
      throw new UnsupportedOperationException("FTP sets only lastModifiedTime: " + attribute);
    }
    getFileAttributeView(path, BasicFileAttributeView.class).setTimes((FileTime) value, null, null);
  }

  private static String viewless(String attributes) {
    int colon = attributes.indexOf(':');
    if (colon >= 0 && !attributes.substring(0, colon).equals("basic")) {
      throw new UnsupportedOperationException("only the basic view: " + attributes);
    }
    return attributes.substring(colon + 1);
  }

  // ---- plumbing -----------------------------------------------------------------------------

  /** Work with a leased session. */
  private interface SessionCall<T> {
    T apply(FtpSession session) throws IOException;
  }

  private static <T> T call(FtpPath path, SessionCall<T> work) throws IOException {
    try (FtpSessionPool.Lease lease = path.getFileSystem().pool().acquire()) {
      return work.apply(lease.session());
    } catch (IOException e) {
      throw map(path, e);
    }
  }

  /** The client's refusals as the JDK's file exceptions, where one fits. */
  private static IOException map(FtpPath path, IOException e) {
    IOException mapped =
        switch (e) {
          case FtpNotFoundException notFound ->
              new NoSuchFileException(path.toString(), null, notFound.getMessage());
          case FtpPermissionException denied ->
              new AccessDeniedException(path.toString(), null, denied.getMessage());
          default -> null;
        };
    if (mapped == null) {
      return e;
    }
    mapped.initCause(e);
    return mapped;
  }

  private static String remote(FtpPath path) {
    return path.toAbsolutePath().toString();
  }

  private static FtpPath check(Path path) {
    if (!(path instanceof FtpPath ftp)) {
      throw new ProviderMismatchException("not an ftp, ftpes or ftps path: " + path);
    }
    return ftp;
  }
}
