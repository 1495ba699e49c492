package dev.ferry.ftp.cli.internal.server;

import dev.ferry.ftp.server.FtpServer;
import dev.ferry.ftp.server.auth.UsersFile;
import dev.ferry.ftp.tls.KeyMaterial;
import dev.ferry.ftp.tls.ServerTlsContext;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server with the parts that can be reloaded while it runs: the users file and the TLS keys.
 * {@link #reload()} (on SIGHUP) swaps them in without touching a session; a bad file leaves the
 * old users or keys in force.
 *
 * @param server the server
 * @param usersFile the users file, when the server has one
 * @param tls the TLS keys, when a listener speaks TLS
 */
record RunningServer(FtpServer server, Optional<UsersFile> usersFile,
    Optional<ServerTlsContext> tls) implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RunningServer.class);

  RunningServer {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(usersFile, "usersFile");
    Objects.requireNonNull(tls, "tls");
  }

  /**
   * Reads the users file and the certificate again. Each part that fails is logged and keeps its
   * old state; the other part is still reloaded.
   *
   * @return whether everything was reloaded
   */
  boolean reload() {
    boolean ok = true;
    if (usersFile.isPresent()) {
      try {
        usersFile.get().reload();
      } catch (IOException e) {
        log.error("Users not reloaded, the old ones stay in force: {}", e.getMessage());
        ok = false;
      }
    }
    if (tls.isPresent()) {
      try {
        KeyMaterial keys = tls.get().reload();
        log.info("Reloaded the TLS certificate: {}", keys);
      } catch (RuntimeException e) {
        log.error("TLS certificate not reloaded, the old one stays in force: {}", e.getMessage());
        ok = false;
      }
    }
    return ok;
  }

  /** Stops gracefully: transfers may finish within the shutdown grace, then sessions get 421. */
  @Override
  public void close() {
    server.close();
  }
}
