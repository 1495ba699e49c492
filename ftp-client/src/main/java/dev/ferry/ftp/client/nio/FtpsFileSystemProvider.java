package dev.ferry.ftp.client.nio;

/**
 * The {@code java.nio.file} provider for {@code ftps://} URIs: implicit FTPS, TLS from the first
 * byte, on port 990 unless the URI names another. Everything else is as {@link
 * FtpFileSystemProvider} describes.
 */
public final class FtpsFileSystemProvider extends FtpFileSystemProvider {
  /** Creates the provider; {@link java.util.ServiceLoader} calls this. It opens nothing. */
  public FtpsFileSystemProvider() {
    super(FtpScheme.FTPS);
  }
}
