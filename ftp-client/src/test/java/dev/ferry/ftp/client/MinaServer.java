package dev.ferry.ftp.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.Authority;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.Ftplet;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.impl.DefaultFtpServer;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/**
 * Apache MINA FtpServer, embedded: on 127.0.0.1 (or {@code ::1}), a free port, user {@code ferry} with password
 * {@code secret} and write access to a temporary folder. Ftplets can make it refuse commands, to
 * test the client's fallbacks against an otherwise real server.
 */
public final class MinaServer implements ServerUnderTest {
  public static final String USER = "ferry";
  public static final String PASSWORD = "secret";

  private final FtpServer server;
  private final int port;
  private final Path root;

  private final String host;

  private MinaServer(FtpServer server, String host, int port, Path root) {
    this.server = server;
    this.host = host;
    this.port = port;
    this.root = root;
  }

  public static MinaServer start(Path root) {
    return start(root, "127.0.0.1", Map.of());
  }

  /** Starts on another loopback address, such as {@code ::1}, with Ftplets. */
  static MinaServer start(Path root, String host, Map<String, Ftplet> ftplets) {
    return start(root, host, ftplets, 300);
  }

  /** Starts a server that drops control connections idle for {@code idleSeconds}. */
  static MinaServer start(Path root, String host, Map<String, Ftplet> ftplets, int idleSeconds) {
    try {
      Files.createDirectories(root);
      ListenerFactory listener = new ListenerFactory();
      listener.setServerAddress(host);
      listener.setPort(0);
      listener.setIdleTimeout(idleSeconds);
      DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
      data.setPassiveAddress(host);
      data.setActiveLocalAddress(host);
      listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());

      PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
      users.setPasswordEncryptor(new ClearTextPasswordEncryptor());
      UserManager userManager = users.createUserManager();
      BaseUser user = new BaseUser();
      user.setName(USER);
      user.setPassword(PASSWORD);
      user.setHomeDirectory(root.toString());
      user.setAuthorities(List.<Authority>of(new WritePermission()));
      userManager.save(user);

      FtpServerFactory factory = new FtpServerFactory();
      factory.addListener("default", listener.createListener());
      factory.setUserManager(userManager);
      factory.setFtplets(new LinkedHashMap<>(ftplets));
      FtpServer server = factory.createServer();
      server.start();
      int port = ((DefaultFtpServer) server).getListener("default").getPort();
      return new MinaServer(server, host, port, root);
    } catch (FtpException e) {
      throw new IllegalStateException("MINA FtpServer did not start", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String name() {
    return "MINA FtpServer";
  }

  @Override
  public FtpClientConfig.Builder config() {
    return FtpClientConfig.builder(host)
        .port(port)
        .credentials(Credentials.of(USER, PASSWORD));
  }

  @Override
  public String home() {
    return "/";
  }

  @Override
  public Path localHome() {
    return root;
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    server.stop();
  }
}
