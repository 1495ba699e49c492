package dev.ferry.ftp.benchmarks.vfs;

import dev.ferry.ftp.vfs.DirectoryCursor;
import dev.ferry.ftp.vfs.DirectoryEntry;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Lists one directory of 100,000 empty files (by default) to the end: through the SPI's {@code
 * local} backend, and through {@link Files#newDirectoryStream} four ways: names only; with basic
 * attributes; with the POSIX attributes (mode, owner, group) that an FTP listing shows; and with
 * everything the backend reports (POSIX plus link count and file key, one {@code unix} view read
 * per entry). The last is the like-for-like baseline; the others show what attributes cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class LocalListBenchmark {
  private static final VirtualPath DIRECTORY = VirtualPath.of("/many");
  private static final String UNIX_ATTRIBUTES =
      "unix:size,lastModifiedTime,creationTime,permissions,owner,group,nlink,fileKey";

  /** How many files the directory holds. */
  @Param("100000")
  public int entries;

  private Path root;
  private Path directory;
  private VirtualFileSystem fs;

  /** Creates the benchmark; JMH sets it up. */
  public LocalListBenchmark() {}

  /**
   * Fills the directory and opens the backend on its parent.
   *
   * @throws IOException if the files cannot be created
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    root = BenchFiles.createDirectory("vfs-list-");
    directory = Files.createDirectory(root.resolve(DIRECTORY.name()));
    for (int i = 0; i < entries; i++) {
      Files.createFile(directory.resolve(String.format("f%07d", i)));
    }
    fs = BenchFiles.openLocal(root);
  }

  /**
   * Closes the backend and deletes the files.
   *
   * @throws IOException if cleaning up fails
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try {
      fs.close();
    } finally {
      BenchFiles.deleteRecursively(root);
    }
  }

  /**
   * Names only: the floor.
   *
   * @param blackhole takes each name
   * @return the entries seen
   * @throws IOException if listing fails
   */
  @Benchmark
  public int nioNames(Blackhole blackhole) throws IOException {
    int n = 0;
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      for (Path p : stream) {
        blackhole.consume(p.getFileName().toString());
        n++;
      }
    }
    return checked(n);
  }

  /**
   * Names with basic attributes (type, size, times).
   *
   * @param blackhole takes each entry's attributes
   * @return the entries seen
   * @throws IOException if listing fails
   */
  @Benchmark
  public int nioBasicAttributes(Blackhole blackhole) throws IOException {
    int n = 0;
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      for (Path p : stream) {
        BasicFileAttributes a =
            Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        blackhole.consume(p.getFileName().toString());
        blackhole.consume(a.size());
        blackhole.consume(a.lastModifiedTime());
        n++;
      }
    }
    return checked(n);
  }

  /**
   * Names with what an FTP listing shows: type, size, time, mode, owner and group names.
   *
   * @param blackhole takes each entry's attributes
   * @return the entries seen
   * @throws IOException if listing fails
   */
  @Benchmark
  public int nioPosixAttributes(Blackhole blackhole) throws IOException {
    int n = 0;
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      for (Path p : stream) {
        PosixFileAttributes a =
            Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        blackhole.consume(p.getFileName().toString());
        blackhole.consume(a.size());
        blackhole.consume(a.lastModifiedTime());
        blackhole.consume(a.permissions());
        blackhole.consume(a.owner().getName());
        blackhole.consume(a.group().getName());
        n++;
      }
    }
    return checked(n);
  }

  /**
   * Names with everything the backend reports, read as raw NIO would in one call per entry: the
   * POSIX attributes plus link count and file key (the {@code unix} view).
   *
   * @param blackhole takes each entry's attributes
   * @return the entries seen
   * @throws IOException if listing fails
   */
  @Benchmark
  public int nioUnixAttributes(Blackhole blackhole) throws IOException {
    int n = 0;
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      for (Path p : stream) {
        Map<String, Object> a = Files.readAttributes(p, UNIX_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        blackhole.consume(p.getFileName().toString());
        blackhole.consume(a.get("size"));
        blackhole.consume(a.get("lastModifiedTime"));
        blackhole.consume(a.get("permissions"));
        blackhole.consume(((UserPrincipal) a.get("owner")).getName());
        blackhole.consume(((UserPrincipal) a.get("group")).getName());
        blackhole.consume(a.get("nlink"));
        blackhole.consume(String.valueOf(a.get("fileKey")));
        n++;
      }
    }
    return checked(n);
  }

  /**
   * The SPI: {@code list} on the {@code local} backend, every entry with its attributes.
   *
   * @param blackhole takes each entry
   * @return the entries seen
   * @throws IOException if listing fails
   */
  @Benchmark
  public int spiList(Blackhole blackhole) throws IOException {
    int n = 0;
    try (DirectoryCursor cursor = fs.list(DIRECTORY)) {
      for (DirectoryEntry e = cursor.next(); e != null; e = cursor.next()) {
        blackhole.consume(e);
        n++;
      }
    }
    return checked(n);
  }

  private int checked(int n) {
    if (n != entries) {
      throw new IllegalStateException("listed " + n + " of " + entries + " entries");
    }
    return n;
  }
}
