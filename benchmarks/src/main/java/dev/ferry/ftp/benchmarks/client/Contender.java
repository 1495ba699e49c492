package dev.ferry.ftp.benchmarks.client;

import java.nio.file.Path;
import java.util.List;

/**
 * One client under measurement, connected and logged in to the server before the clock starts.
 * Each call moves a batch of files over that one session and returns how long the batch took.
 */
interface Contender extends AutoCloseable {
  /** A remote file and its local copy. */
  record Pair(String remote, Path local) {}

  /** Where the server is and who logs in. */
  record Server(String host, int port, String user, String password) {}

  /**
   * Downloads every remote file of the batch to its local path, replacing what is there.
   *
   * @return the nanoseconds the batch took
   */
  long download(List<Pair> batch) throws Exception;

  /**
   * Uploads every local file of the batch to its remote path.
   *
   * @return the nanoseconds the batch took
   */
  long upload(List<Pair> batch) throws Exception;

  /** Logs out and closes the session. */
  @Override
  void close() throws Exception;

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
