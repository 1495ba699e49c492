package dev.ferry.ftp.client;

import dev.ferry.ftp.server.FtpServer;
import dev.ferry.ftp.server.ListenerConfig;
import dev.ferry.ftp.server.LoginPolicy;
import dev.ferry.ftp.server.Timeouts;
import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.tls.KeyMaterial;
import dev.ferry.ftp.tls.ServerTlsContext;
import dev.ferry.ftp.tls.SessionReuse;
import dev.ferry.ftp.tls.TlsMode;
import dev.ferry.ftp.tls.TlsPolicy;
import dev.ferry.ftp.vfs.VfsConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Ferry's own server ({@code ftp-server}) on 127.0.0.1, a port the system picks, the {@code local}
 * backend on a folder of the test's, user {@code ferry} with every permission. With a TLS mode the
 * listener speaks FTPS with a certificate generated for the run and {@link SessionReuse#REQUIRE},
 * so every data connection must resume the control session; the client ({@link TestTls}) trusts
 * that certificate and nothing else.
 */
final class FerryServer implements ServerUnderTest {
  private final FtpServer server;
  private final Path root;
  private final TlsMode mode;

  private FerryServer(FtpServer server, Path root, TlsMode mode) {
    this.server = server;
    this.root = root;
    this.mode = mode;
  }

  static FerryServer start(Path root, TlsMode mode) throws IOException {
    return start(root, mode, TestTls.KEYS);
  }

  /** Starts with another certificate (expired, for another host) for the client to judge. */
  static FerryServer start(Path root, TlsMode mode, KeyMaterial keys) throws IOException {
    ListenerConfig listener = ListenerConfig.loopback();
    if (mode != TlsMode.OFF) {
      TlsPolicy policy =
          TlsPolicy.DEFAULT.toBuilder().mode(mode).sessionReuse(SessionReuse.REQUIRE).build();
      listener = listener.withTls(policy, ServerTlsContext.create(() -> keys));
    }
    HomeDirectory home = HomeDirectory.of("local", VfsConfig.of(Map.of("root", root.toString())));
    FtpServer server =
        FtpServer.builder()
            .listener(listener)
            .passwordHashIterations(1_000)
            .loginPolicy(LoginPolicy.defaults().withFailureDelay(Duration.ZERO))
            .timeouts(Timeouts.defaults().withShutdownGrace(Duration.ofSeconds(2)))
            .user(MinaServer.USER, MinaServer.PASSWORD, home, Permission.all())
            .build()
            .start();
    return new FerryServer(server, root, mode);
  }

  @Override
  public String name() {
    return "Ferry" + (mode == TlsMode.OFF ? "" : " FTPS " + mode);
  }

  @Override
  public FtpClientConfig.Builder config() {
    FtpClientConfig.Builder builder =
        FtpClientConfig.builder("127.0.0.1")
            .port(server.port())
            .credentials(Credentials.of(MinaServer.USER, MinaServer.PASSWORD));
    return mode == TlsMode.OFF ? builder : builder.tls(TestTls.client(mode));
  }

  @Override
  public String home() {
    return "/";
  }

  @Override
  public Path localHome() {
    return root;
  }

  @Override
  public void close() {
    server.close();
  }
}
