package dev.ferry.ftp.server;

import dev.ferry.ftp.vfs.VfsConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One {@link TestServer} per storage backend, so an end-to-end test runs the same client steps
 * against the in-memory backend and against a real folder on disk.
 */
final class BackendServers implements AutoCloseable {
  /** The backends an end-to-end test runs against. */
  enum Backend {
    MEMORY,
    LOCAL
  }

  private final Map<Backend, TestServer> servers = new EnumMap<>(Backend.class);

  private BackendServers() {}

  /**
   * Starts both servers; the local one serves {@code folder/home}.
   *
   * @param folder a fresh temporary folder
   * @param customize changes to both builders
   */
  static BackendServers start(Path folder, Consumer<FtpServer.Builder> customize)
      throws IOException {
    BackendServers all = new BackendServers();
    try {
      all.servers.put(Backend.MEMORY, TestServer.start(customize));
      Path home = Files.createDirectories(folder.resolve("home"));
      all.servers.put(Backend.LOCAL, TestServer.start("local",
          VfsConfig.of(Map.of("root", home.toString())), customize));
    } catch (IOException | RuntimeException e) {
      all.close();
      throw e;
    }
    return all;
  }

  TestServer get(Backend backend) {
    return servers.get(backend);
  }

  void assertIdle() throws InterruptedException {
    for (TestServer server : servers.values()) {
      server.assertIdle();
    }
  }

  @Override
  public void close() throws IOException {
    for (TestServer server : servers.values()) {
      server.close();
    }
  }
}
