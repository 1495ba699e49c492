package dev.ferry.ftp.testkit.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.DirectoryCursor;
import dev.ferry.ftp.vfs.DirectoryEntry;
import dev.ferry.ftp.vfs.Upload;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import dev.ferry.ftp.vfs.WriteMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

/**
 * The set-up, hooks and helpers the contract suite shares. Extend {@link
 * VirtualFileSystemContract}, not this class.
 */
public abstract class ContractSupport {
  /** System property: bytes of the large-file test (default 1 GiB). */
  public static final String LARGE_FILE_PROPERTY = "ferry.testkit.largeFileBytes";

  /** System property: entries of the large-directory test (default 100,000). */
  public static final String LARGE_DIRECTORY_PROPERTY = "ferry.testkit.largeDirectoryEntries";

  /** The file system under test, wrapped so leaked handles fail the test. */
  protected TrackingFileSystem fs;

  private VirtualFileSystem backend;

  /**
   * Creates the suite; subclasses supply the file system through {@link #createFileSystem()} or,
   * if they cannot write through it, {@link #createFileSystem(Fixture)}.
   */
  protected ContractSupport() {}

  /**
   * Returns a new, empty file system for one test. Called before every test (through the default
   * {@link #createFileSystem(Fixture)}). A writable backend overrides this method alone.
   *
   * @return the file system under test
   * @throws IOException if it cannot be created
   * @throws UnsupportedOperationException unless overridden
   */
  protected VirtualFileSystem createFileSystem() throws IOException {
    throw new UnsupportedOperationException(getClass().getName()
        + " must override createFileSystem() or createFileSystem(Fixture)");
  }

  /**
   * Returns a new file system that holds exactly the fixture's directories and files. Called
   * before every test with {@link Fixture#EMPTY}, and, for a backend without {@link
   * Capability#WRITE}, again by each read-side test with the content it needs (the previous file
   * system is released first). A writable backend gets its content written through the SPI
   * instead.
   *
   * <p>By default, calls {@link #createFileSystem()} and writes the fixture through it, which
   * needs {@link Capability#WRITE}. A read-only backend overrides this and builds its storage
   * another way, e.g. writes an archive holding the fixture and opens it.
   *
   * @param fixture what the file system must hold
   * @return the file system under test
   * @throws IOException if it cannot be created
   */
  protected VirtualFileSystem createFileSystem(Fixture fixture) throws IOException {
    VirtualFileSystem created = createFileSystem();
    try {
      writeFixture(created, fixture);
    } catch (IOException | RuntimeException e) {
      created.close();
      throw e;
    }
    return created;
  }

  /**
   * Releases the file system after a test. Closes it by default.
   *
   * @param fileSystem what {@link #createFileSystem()} returned
   * @throws IOException if closing fails
   */
  protected void destroyFileSystem(VirtualFileSystem fileSystem) throws IOException {
    fileSystem.close();
  }

  /**
   * Returns the capabilities the backend must declare, or {@code null} to accept whatever it
   * declares (the suite still checks that undeclared ones fail with UNSUPPORTED).
   *
   * @return the expected capabilities, or null
   */
  protected Set<Capability> expectedCapabilities() {
    return null;
  }

  /**
   * Returns whether whole-file uploads are invisible until committed. True for every backend
   * unless configured otherwise (a local disk with atomic uploads switched off).
   *
   * @return whether the suite checks upload atomicity
   */
  protected boolean atomicUploads() {
    return true;
  }

  /**
   * Returns whether a reader that opened a file before it was deleted can read it to the end (as
   * on a local disk), rather than failing with an {@link IOException}. Never partial garbage.
   *
   * @return what the backend guarantees
   */
  protected boolean readsSurviveDelete() {
    return false;
  }

  /**
   * Returns the size of the large-file test: the {@value #LARGE_FILE_PROPERTY} system property,
   * else 1 GiB. Backends that keep data in memory may return less.
   *
   * @return bytes to stream in and out
   */
  protected long largeFileBytes() {
    return Long.getLong(LARGE_FILE_PROPERTY, 1L << 30);
  }

  /**
   * Returns the entry count of the large-directory test: the {@value #LARGE_DIRECTORY_PROPERTY}
   * system property, else 100,000.
   *
   * @return entries to list
   */
  protected int largeDirectoryEntries() {
    return Integer.getInteger(LARGE_DIRECTORY_PROPERTY, 100_000);
  }

  /**
   * Creates {@code count} empty files named {@code f0000000}… in {@code directory} for the
   * large-directory test. Through the SPI by default; a backend may override it with something
   * faster that gives the same result.
   *
   * @param directory an existing, empty directory
   * @param count how many files
   * @throws IOException if creating fails
   */
  protected void createManyFiles(VirtualPath directory, int count) throws IOException {
    for (int i = 0; i < count; i++) {
      try (Upload upload = fs.openWrite(directory.child(manyFilesName(i)), WriteMode.replace())) {
        upload.commit();
      }
    }
  }

  /**
   * Returns the name of the {@code i}-th file of {@link #createManyFiles}.
   *
   * @param i the index
   * @return the name
   */
  protected static String manyFilesName(int i) {
    return String.format("f%07d", i);
  }

  @BeforeEach
  final void openFileSystem() throws IOException {
    backend = createFileSystem(Fixture.EMPTY);
    fs = new TrackingFileSystem(backend);
  }

  @AfterEach
  final void closeFileSystem() throws IOException {
    if (backend == null) {
      return;
    }
    try {
      fs.checkNoOpenHandles();
    } finally {
      destroyFileSystem(backend);
    }
  }

  /**
   * Makes the file system under test hold {@code fixture} in addition to what it holds: written
   * through the SPI with {@link Capability#WRITE}, else a new file system from {@link
   * #createFileSystem(Fixture)} replaces the current one (which must then be empty).
   */
  final void given(Fixture fixture) throws IOException {
    if (has(Capability.WRITE)) {
      writeFixture(fs, fixture);
      return;
    }
    fs.checkNoOpenHandles();
    VirtualFileSystem previous = backend;
    backend = null;
    destroyFileSystem(previous);
    backend = createFileSystem(fixture);
    fs = new TrackingFileSystem(backend);
  }

  /** Skips a test that changes the file system; without WRITE, see the suite's deny test. */
  final void assumeWritable() {
    assumeTrue(has(Capability.WRITE),
        "read-only: every change is checked to fail with PERMISSION_DENIED instead");
  }

  /**
   * Writes a fixture through a writable file system: creates its directories (with {@link
   * Capability#DIRECTORIES}) and uploads its files. For a backend that wraps another, e.g. a
   * read-only view built over a writable store in {@link #createFileSystem(Fixture)}.
   *
   * @param target a file system with {@link Capability#WRITE}, holding none of the fixture yet
   * @param fixture what to write
   * @throws IOException if writing fails
   */
  protected static void writeFixture(VirtualFileSystem target, Fixture fixture)
      throws IOException {
    if (target.capabilities().contains(Capability.DIRECTORIES)) {
      for (VirtualPath directory : fixture.directories()) {
        target.createDirectory(directory);
      }
    }
    ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    for (VirtualPath file : fixture.files()) {
      try (Upload upload = target.openWrite(file, WriteMode.replace());
          ReadableByteChannel content = fixture.open(file)) {
        while (content.read(buffer.clear()) >= 0) {
          buffer.flip();
          while (buffer.hasRemaining()) {
            upload.write(buffer);
          }
        }
        upload.commit();
      }
    }
  }

  // ---- helpers ----

  /** Returns whether the backend declares {@code c}. */
  final boolean has(Capability c) {
    return fs.capabilities().contains(c);
  }

  static VirtualPath path(String p) {
    return VirtualPath.of(p);
  }

  final void write(String p, byte[] content) throws IOException {
    write(p, content, WriteMode.replace());
  }

  final void write(String p, byte[] content, WriteMode mode) throws IOException {
    try (Upload upload = fs.openWrite(path(p), mode)) {
      writeFully(upload, content);
      upload.commit();
    }
  }

  static void writeFully(Upload upload, byte[] content) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(content);
    while (buffer.hasRemaining()) {
      upload.write(buffer);
    }
  }

  final byte[] read(String p) throws IOException {
    return readAt(p, 0);
  }

  final byte[] readAt(String p, long offset) throws IOException {
    try (ReadableByteChannel channel = fs.openRead(path(p), offset)) {
      return drain(channel);
    }
  }

  static byte[] drain(ReadableByteChannel channel) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer buffer = ByteBuffer.allocate(8192);
    while (channel.read(buffer) >= 0) {
      out.write(buffer.array(), 0, buffer.position());
      buffer.clear();
    }
    return out.toByteArray();
  }

  final void mkdir(String p) throws IOException {
    fs.createDirectory(path(p));
  }

  /** Lists a directory into a sorted name → entry map. */
  final Map<String, DirectoryEntry> list(String p) throws IOException {
    Map<String, DirectoryEntry> entries = new TreeMap<>();
    try (DirectoryCursor cursor = fs.list(path(p))) {
      for (DirectoryEntry e = cursor.next(); e != null; e = cursor.next()) {
        if (entries.put(e.name(), e) != null) {
          fail("listed twice: " + e.name());
        }
      }
    }
    return entries;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Asserts that {@code action} fails with a VfsException of {@code kind} about {@code p}. */
  static VfsException assertFails(VfsException.Kind kind, String p, Executable action) {
    VfsException e = assertThrows(VfsException.class, action);
    assertEquals(kind, e.kind(), () -> "kind of " + e);
    if (p != null) {
      assertEquals(path(p), e.path(), () -> "path of " + e);
    }
    return e;
  }
}
