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
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.util.Map;

/**
 * Lists a directory once, one way, so that {@code strace -f -c} can count the system calls each
 * way makes per entry, a measure that, unlike wall-clock time, does not depend on what else the
 * machine is doing. Run it once per way and subtract the {@code none} run (which creates and
 * deletes the same files without listing them):
 *
 * <pre>
 * strace -f -c -o spi.txt scripts/with-jdk java -cp benchmarks/target/benchmarks.jar \
 *     dev.ferry.ftp.benchmarks.vfs.ListingSyscalls spi 10000
 * </pre>
 */
public final class ListingSyscalls {
  private static final String UNIX_ATTRIBUTES =
      "unix:size,lastModifiedTime,creationTime,permissions,owner,group,nlink,fileKey";

  private ListingSyscalls() {}

  /**
   * Creates the files, lists them one way and deletes them.
   *
   * @param args the way ({@code none}, {@code nio-posix}, {@code nio-unix} or {@code spi}) and
   *     the number of files
   * @throws IOException if the files cannot be created, listed or deleted
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: none|nio-posix|nio-unix|spi ENTRIES");
    }
    int entries = Integer.parseInt(args[1]);
    Path root = BenchFiles.createDirectory("vfs-syscalls-");
    try {
      Path directory = Files.createDirectory(root.resolve("many"));
      for (int i = 0; i < entries; i++) {
        Files.createFile(directory.resolve(String.format("f%07d", i)));
      }
      try (VirtualFileSystem fs = BenchFiles.openLocal(root)) {
        long listed = switch (args[0]) {
          case "none" -> 0;
          case "nio-posix" -> listPosix(directory);
          case "nio-unix" -> listUnix(directory);
          case "spi" -> listSpi(fs, VirtualPath.of("/many"));
          default -> throw new IllegalArgumentException("unknown way: " + args[0]);
        };
        System.out.println(args[0] + ": listed " + listed + " entries");
      }
    } finally {
      BenchFiles.deleteRecursively(root);
    }
  }

  private static long listPosix(Path directory) throws IOException {
    long n = 0;
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      for (Path p : stream) {
        PosixFileAttributes a =
            Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        n += a.owner().getName().isEmpty() || a.group().getName().isEmpty() ? 0 : 1;
      }
    }
    return n;
  }

  private static long listUnix(Path directory) throws IOException {
    long n = 0;
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      for (Path p : stream) {
        Map<String, Object> a = Files.readAttributes(p, UNIX_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        n += ((UserPrincipal) a.get("owner")).getName().isEmpty()
            || ((UserPrincipal) a.get("group")).getName().isEmpty() ? 0 : 1;
      }
    }
    return n;
  }

  private static long listSpi(VirtualFileSystem fs, VirtualPath directory) throws IOException {
    long n = 0;
    try (DirectoryCursor cursor = fs.list(directory)) {
      for (DirectoryEntry e = cursor.next(); e != null; e = cursor.next()) {
        n++;
      }
    }
    return n;
  }
}
