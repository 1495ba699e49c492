package dev.ferry.ftp.client;

import java.nio.file.Path;

/**
 * A running FTP server for the tests: how to reach it, and the folder on this machine behind a
 * remote directory, so a test can check what the server really wrote.
 */
public interface ServerUnderTest extends AutoCloseable {
  /** The server's name in test reports. */
  String name();

  /** A configuration that logs in with write access. */
  FtpClientConfig.Builder config();

  /** Credentials the server refuses at login. */
  default Credentials wrongCredentials() {
    return Credentials.of(config().build().credentials().user(), "not-the-password");
  }

  /** The remote path of a writable directory the tests may fill. */
  String home();

  /** The local folder that {@link #home()} names. */
  Path localHome();

  /** Stops the server. */
  @Override
  void close();
}
