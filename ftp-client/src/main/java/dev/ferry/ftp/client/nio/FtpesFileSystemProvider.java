package dev.ferry.ftp.client.nio;

/**
 * The {@code java.nio.file} provider for {@code ftpes://} URIs: explicit FTPS, {@code AUTH TLS}
 * after the greeting and before the login, on port 21 unless the URI names another. Everything
 * else is as {@link FtpFileSystemProvider} describes.
 */
public final class FtpesFileSystemProvider extends FtpFileSystemProvider {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. It opens nothing. */
  public FtpesFileSystemProvider() {
    super(FtpScheme.FTPES);
  }
}
