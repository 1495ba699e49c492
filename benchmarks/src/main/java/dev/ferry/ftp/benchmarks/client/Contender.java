package dev.ferry.ftp.benchmarks.client;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * One client under measurement, connected and logged in to the server before the clock starts.
 * Each call moves a batch of files over that one session and returns how long the batch took, in
 * wall-clock time and in the client's CPU time (on a loaded machine the steadier of the two).
 */
interface Contender extends AutoCloseable {
  /** How long a batch took: wall-clock and CPU (user and system, all the client's threads). */
  record Sample(long nanos, long cpuNanos) {}

  /** Moves a batch of files. */
  @FunctionalInterface
  interface Batch {
    void run() throws IOException;
  }
  /** A remote file and its local copy. */
  record Pair(String remote, Path local) {}

  /** Where the server is and who logs in. */
  record Server(String host, int port, String user, String password) {}

  /**
   * Downloads every remote file of the batch to its local path, replacing what is there.
   *
   * @return how long the batch took
   */
  Sample download(List<Pair> batch) throws Exception;

  /**
   * Uploads every local file of the batch to its remote path.
   *
   * @return how long the batch took
   */
  Sample upload(List<Pair> batch) throws Exception;

  /** Logs out and closes the session. */
  @Override
  void close() throws Exception;

  /**
   * Runs a batch in this JVM and measures it; the CPU time is the whole process's, so it counts
   * what the garbage collector and the JIT compiler spend on the client's behalf too.
   */
  static Sample measure(Batch batch) throws IOException {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    batch.run();
    return new Sample(System.nanoTime() - start, os.getProcessCpuTime() - cpu);
  }

  /**
   * Connects the named client: {@code ferry-path} (whole-file calls, no checksum verification, as
   * the peers do none), {@code ferry-verified} (whole-file calls with the default options, which
   * verify with HASH when the server offers it), {@code ferry-stream} (the stream API with
   * {@code Files.copy}), {@code commons-net} or {@code curl}.
   */
  static Contender connect(String name, Server server, int commonsNetBuffer) throws Exception {
    return switch (name) {
      case "ferry-path" -> FerryContender.connect(server, FerryContender.Style.PATH);
      case "ferry-verified" -> FerryContender.connect(server, FerryContender.Style.VERIFIED);
      case "ferry-stream" -> FerryContender.connect(server, FerryContender.Style.STREAM);
      case "commons-net" -> CommonsNetContender.connect(server, commonsNetBuffer);
      case "curl" -> new CurlContender(server);
      default -> throw new IllegalArgumentException("unknown client: " + name);
    };
  }
}
