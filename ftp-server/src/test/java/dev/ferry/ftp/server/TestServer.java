package dev.ferry.ftp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.server.internal.auth.BackendOpener;
import dev.ferry.ftp.server.internal.diag.ServerCounters;
import dev.ferry.ftp.testkit.vfs.TrackingFileSystem;
import dev.ferry.ftp.vfs.Upload;
import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsProviders;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import dev.ferry.ftp.vfs.WriteMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.time.Duration;
import java.util.function.Consumer;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;

/**
 * A server on {@code 127.0.0.1}, port 0, over one shared in-memory backend that the test can seed
 * and inspect, with leak checks: {@link #assertIdle()} after each test, {@link #close()} after the
 * class (no session or transfer thread, no data socket, no open file handle left).
 *
 * <p>Users: {@code alice}/{@code secret} with every permission, {@code reader}/{@code read} with
 * read-only permissions, both at the backend's root.
 */
public final class TestServer implements AutoCloseable {
  /** The password of {@code alice}. */
  public static final String PASSWORD = "secret";

  private static final Duration LEAK_WAIT = Duration.ofSeconds(5);

  private final VirtualFileSystem backend;
  private final TrackingFileSystem tracked;
  private final FtpServer server;

  private TestServer(String scheme, VfsConfig config, Consumer<FtpServer.Builder> customize)
      throws IOException {
    backend = VfsProviders.open(scheme, config);
    tracked = new TrackingFileSystem(backend);
    HomeDirectory home = HomeDirectory.of(scheme, config);
    FtpServer.Builder builder = FtpServer.builder()
        .passwordHashIterations(1_000)
        .loginPolicy(LoginPolicy.defaults().withFailureDelay(Duration.ZERO))
        .timeouts(Timeouts.defaults().withDataConnection(Duration.ofSeconds(5))
            .withShutdownGrace(Duration.ofSeconds(2)))
        .user("alice", PASSWORD, home, Permission.all())
        .user("reader", "read", home, Permission.readOnly())
        .module(new AbstractModule() {
          @Override
          protected void configure() {
            BackendOpener opener = (scheme, config) -> tracked;
            OptionalBinder.newOptionalBinder(binder(), BackendOpener.class)
                .setBinding().toInstance(opener);
          }
        });
    customize.accept(builder);
    server = builder.build().start();
  }

  /**
   * Starts a server with the defaults.
   *
   * @return the server
   * @throws IOException if it cannot start
   */
  public static TestServer start() throws IOException {
    return start(builder -> {});
  }

  /**
   * Starts a server with changed settings.
   *
   * @param customize changes to the builder
   * @return the server
   * @throws IOException if it cannot start
   */
  public static TestServer start(Consumer<FtpServer.Builder> customize) throws IOException {
    return new TestServer("memory", VfsConfig.empty(), customize);
  }

  /**
   * Starts a server over another backend (still tracked for leaked handles).
   *
   * @param scheme the backend's scheme, e.g. {@code local}
   * @param config the backend's configuration
   * @param customize changes to the builder
   * @return the server
   * @throws IOException if it cannot start
   */
  public static TestServer start(String scheme, VfsConfig config,
      Consumer<FtpServer.Builder> customize) throws IOException {
    return new TestServer(scheme, config, customize);
  }

  /** Returns the server. @return the server */
  public FtpServer server() {
    return server;
  }

  /** Returns the port. @return the control port */
  public int port() {
    return server.port();
  }

  /** Returns the backend as the server sees it. @return the tracked backend */
  public VirtualFileSystem files() {
    return tracked;
  }

  /**
   * Writes a file into the backend.
   *
   * @param path the path
   * @param content the bytes
   */
  public void write(String path, byte[] content) {
    try (Upload upload = backend.openWrite(VirtualPath.of(path), WriteMode.replace())) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        upload.write(buffer);
      }
      upload.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a file from the backend.
   *
   * @param path the path
   * @return the bytes
   */
  public byte[] read(String path) {
    try (InputStream in = Channels.newInputStream(backend.openRead(VirtualPath.of(path), 0))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Creates a directory in the backend.
   *
   * @param path the path
   */
  public void mkdir(String path) {
    try {
      backend.createDirectory(VirtualPath.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a connected client, not logged in.
   *
   * @return the client
   * @throws IOException if it cannot connect
   */
  public FTPClient connect() throws IOException {
    FTPClient client = new FTPClient();
    client.setConnectTimeout(5_000);
    client.setDefaultTimeout(10_000);
    client.connect("127.0.0.1", port());
    client.setSoTimeout(10_000);
    assertTrue(FTPReply.isPositiveCompletion(client.getReplyCode()), client.getReplyString());
    return client;
  }

  /**
   * Returns a client logged in as {@code alice}, passive, binary.
   *
   * @return the client
   * @throws IOException if it cannot connect
   */
  public FTPClient login() throws IOException {
    FTPClient client = connect();
    assertTrue(client.login("alice", PASSWORD), client.getReplyString());
    client.enterLocalPassiveMode();
    assertTrue(client.setFileType(FTP.BINARY_FILE_TYPE), client.getReplyString());
    return client;
  }

  /** Returns the live counters. @return the counters */
  public ServerCounters.Snapshot counters() {
    return server.engine().counters().snapshot();
  }

  /**
   * Waits (bounded) until no session, transfer or data socket is left and no file handle is
   * open; the leak check after each test.
   *
   * @throws InterruptedException if interrupted
   */
  public void assertIdle() throws InterruptedException {
    long deadline = System.nanoTime() + LEAK_WAIT.toNanos();
    while (!counters().isIdle() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(new ServerCounters.Snapshot(0, 0, 0), counters(), "leaked server resources");
    tracked.checkNoOpenHandles();
  }

  /** Stops the server and checks that it left nothing behind. */
  @Override
  public void close() throws IOException {
    server.close();
    assertEquals(new ServerCounters.Snapshot(0, 0, 0), counters(),
        "resources left after close");
    tracked.checkNoOpenHandles();
    backend.close();
  }

  /**
   * Disconnects a client, ignoring a dead connection.
   *
   * @param client the client
   */
  public static void disconnect(FTPClient client) {
    try {
      if (client.isConnected()) {
        client.disconnect();
      }
    } catch (IOException e) {
      // Already gone.
    }
  }
}
