package dev.ferry.ftp.vfs.s3.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.server.FtpServer;
import dev.ferry.ftp.server.LoginPolicy;
import dev.ferry.ftp.server.Timeouts;
import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.auth.Permission;
import dev.ferry.ftp.vfs.VfsConfig;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;

/**
 * Ferry's FTP server on {@code 127.0.0.1}, port 0, whose one user ({@code alice}/{@code secret},
 * every permission) has the {@code s3} backend as home; plus logged-in Commons Net clients that
 * are disconnected when the server closes.
 */
final class FerryOnS3 implements AutoCloseable {
  static final String USER = "alice";
  static final String PASSWORD = "secret";

  private final FtpServer server;
  private final List<FTPClient> clients = new ArrayList<>();

  private FerryOnS3(FtpServer server) {
    this.server = server;
  }

  /** Starts a server over the backend {@code config} describes. */
  static FerryOnS3 start(VfsConfig config) throws IOException {
    FtpServer server = FtpServer.builder()
        .passwordHashIterations(1_000)
        .loginPolicy(LoginPolicy.defaults().withFailureDelay(Duration.ZERO))
        .timeouts(Timeouts.defaults().withDataConnection(Duration.ofSeconds(10))
            .withShutdownGrace(Duration.ofSeconds(5)))
        .user(USER, PASSWORD, HomeDirectory.of("s3", config), Permission.all())
        .build()
        .start();
    return new FerryOnS3(server);
  }

  int port() {
    return server.port();
  }

  /** Returns a client logged in as {@code alice}: passive, binary, generous timeouts. */
  Client login() throws IOException {
    Client client = new Client();
    clients.add(client);
    client.setConnectTimeout(10_000);
    client.setDefaultTimeout(60_000);
    client.setDataTimeout(Duration.ofSeconds(60));
    client.connect("127.0.0.1", port());
    client.setSoTimeout(60_000);
    assertTrue(FTPReply.isPositiveCompletion(client.getReplyCode()), client.getReplyString());
    assertTrue(client.login(USER, PASSWORD), client.getReplyString());
    client.enterLocalPassiveMode();
    assertTrue(client.setFileType(FTP.BINARY_FILE_TYPE), client.getReplyString());
    return client;
  }

  @Override
  public void close() {
    for (FTPClient client : clients) {
      try {
        if (client.isConnected()) {
          client.disconnect();
        }
      } catch (IOException e) {
        // Already gone.
      }
    }
    server.close();
  }

  /** Commons Net's client with its raw data connection opened up, to break it on purpose. */
  static final class Client extends FTPClient {
    /**
     * Sends {@code command} and returns its data connection after the {@code 150}, or {@code
     * null} if the server refused it.
     */
    Socket openData(String command, String argument) throws IOException {
      return _openDataConnection_(command, argument);
    }
  }
}
