package dev.ferry.ftp.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The test JVM's open file descriptors (sockets and files alike), from {@code /proc/self/fd}
 * where the system has it: the last line of defence against a leak the server's own counters do
 * not see.
 */
final class Descriptors {
  private static final Path FDS = Path.of("/proc/self/fd");

  private Descriptors() {}

  /** Returns the number of open descriptors, or -1 where it cannot be known. */
  static int count() {
    if (!Files.isDirectory(FDS)) {
      return -1;
    }
    try (Stream<Path> fds = Files.list(FDS)) {
      // The listing itself holds one descriptor.
      return (int) fds.count() - 1;
    } catch (IOException e) {
      return -1;
    }
  }

  /** Waits (bounded) until at most {@code limit} descriptors are open; no check where unknown. */
  static void assertAtMost(int limit) throws InterruptedException {
    if (limit < 0 || count() < 0) {
      return;
    }
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (count() > limit && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    int now = count();
    if (now > limit) {
      throw new AssertionError(now + " file descriptors open, at most " + limit + " expected");
    }
  }
}
