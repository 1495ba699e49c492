package dev.ferry.ftp.cli.internal.client;

import dev.ferry.ftp.cli.Ferry;
import dev.ferry.ftp.server.FtpServer;
import dev.ferry.ftp.server.ListenerConfig;
import dev.ferry.ftp.server.LoginPolicy;
import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.vfs.VfsConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine;

/**
 * Ferry's own server on 127.0.0.1, a free port, serving a local folder the test reads and writes
 * directly: {@code alice}/{@code secret} may do everything, {@code reader}/{@code read} only list
 * and read.
 */
final class TestFtpServer implements AutoCloseable {
  /** What a command printed and returned. */
  record Result(int exitCode, String out, String err) {}

  private final Path root;
  private final FtpServer server;

  private TestFtpServer(Path root, FtpServer server) {
    this.root = root;
    this.server = server;
  }

  static TestFtpServer serve(Path root) throws IOException {
    return serve(root, ListenerConfig.loopback());
  }

  /** Serves {@code root} on a listener of the test's choice, such as an FTPS one. */
  static TestFtpServer serve(Path root, ListenerConfig listener) throws IOException {
    HomeDirectory home = HomeDirectory.of("local", VfsConfig.of(Map.of("root", root.toString())));
    FtpServer server =
        FtpServer.builder()
            .listener(listener)
            .passwordHashIterations(1_000)
            .loginPolicy(LoginPolicy.defaults().withFailureDelay(Duration.ZERO))
            .user("alice", "secret", home, Permission.all())
            .user("reader", "read", home, Permission.readOnly())
            .build()
            .start();
    return new TestFtpServer(root, server);
  }

  /** Returns the folder the server serves. */
  Path root() {
    return root;
  }

  /** Returns the port. */
  int port() {
    return server.port();
  }

  /** Returns an {@code ftp://} URL for alice and a path relative to her home. */
  String url(String path) {
    return "ftp://alice:secret@127.0.0.1:" + port() + "/" + path;
  }

  /** Runs {@code ferry} in this process, capturing what it prints. */
  static Result ferry(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine ferry = Ferry.commandLine();
    ferry.setOut(new PrintWriter(out, true));
    ferry.setErr(new PrintWriter(err, true));
    int code = ferry.execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  @Override
  public void close() {
    server.close();
  }
}
