package dev.ferry.ftp.client;

import java.io.IOException;
import java.util.Objects;

/**
 * Opens FTP sessions.
 *
 * <pre>{@code
 * FtpClientConfig config = FtpClientConfig.builder("ftp.example.org")
 *     .credentials(Credentials.of("ferry", secret))
 *     .build();
 * try (FtpSession ftp = FtpClient.connect(config)) {
 *   for (RemoteFile file : ftp.list("/pub")) {
 *     System.out.println(file.name() + " " + file.size());
 *   }
 *   ftp.download("/pub/release.tar.gz", Path.of("release.tar.gz"));
 * }
 * }</pre>
 */
public final class FtpClient {
  private FtpClient() {}

  /**
   * Connects to the configured server, reads its greeting, logs in, and learns its features
   * (FEAT, RFC 2389): UTF-8 path names when it offers UTF8 (RFC 2640), the MLSx facts it can list
   * (RFC 3659), and binary type.
   *
   * @param config the server, credentials and settings
   * @return a logged-in session; close it when done
   * @throws FtpLoginException if the server refuses the login
   * @throws FtpReplyException if the server refuses the connection in its greeting (for example
   *     421, too many users)
   * @throws IOException if the connection fails or times out
   */
  public static FtpSession connect(FtpClientConfig config) throws IOException {
    return FtpSession.open(Objects.requireNonNull(config, "config"));
  }
}
