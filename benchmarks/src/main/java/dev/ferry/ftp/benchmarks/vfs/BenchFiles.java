package dev.ferry.ftp.benchmarks.vfs;

import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsProviders;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** Creates and removes the benchmarks' files, and opens the SPI's {@code local} backend on them. */
final class BenchFiles {
  /** System property: the folder under which each trial makes its temporary directory. */
  static final String DIRECTORY_PROPERTY = "ferry.benchmarks.dir";

  private BenchFiles() {}

  /**
   * Makes a fresh directory under {@code benchmarks/target} (or under the folder named by the
   * {@value #DIRECTORY_PROPERTY} system property): on disk, not in a RAM-backed {@code /tmp}.
   */
  static Path createDirectory(String prefix) throws IOException {
    String configured = System.getProperty(DIRECTORY_PROPERTY);
    Path base = configured != null ? Path.of(configured)
        : Files.isDirectory(Path.of("benchmarks")) ? Path.of("benchmarks", "target")
        : Path.of("target");
    Files.createDirectories(base);
    return Files.createTempDirectory(base.toAbsolutePath(), prefix);
  }

  /** Opens the {@code local} backend on {@code root}, by scheme, as the server does. */
  static VirtualFileSystem openLocal(Path root) throws IOException {
    return VfsProviders.open("local", VfsConfig.of(Map.of("root", root.toString())));
  }

  /** Writes {@code size} bytes of a non-zero pattern (so no file system can store it sparse). */
  static void writeFile(Path file, long size) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocateDirect(1 << 20);
    for (int i = 0; i < chunk.capacity(); i++) {
      chunk.put(i, (byte) (i * 31 + 7));
    }
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      for (long left = size; left > 0; ) {
        chunk.clear().limit((int) Math.min(chunk.capacity(), left));
        while (chunk.hasRemaining()) {
          left -= out.write(chunk);
        }
      }
    }
  }

  /** Deletes a directory and everything in it. */
  static void deleteRecursively(Path directory) throws IOException {
    if (directory == null || !Files.exists(directory)) {
      return;
    }
    try (Stream<Path> all = Files.walk(directory)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
