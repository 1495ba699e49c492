/**
 * Ferry's FTP client: a typed, blocking client library built on {@code dev.ferry.ftp.protocol}.
 *
 * <p>{@link dev.ferry.ftp.client.FtpClient#connect} opens an {@link
 * dev.ferry.ftp.client.FtpSession} from an immutable {@link dev.ferry.ftp.client.FtpClientConfig}:
 * passive (EPSV, then PASV) and binary by default, listings parsed into records, transfers as
 * streams whose {@code close()} checks the server's final reply, and every refusal an exception
 * that carries the server's reply. Logging goes through SLF4J: commands and replies at debug,
 * passwords never. FTPS (RFC 4217, explicit and implicit) comes from {@code dev.ferry.ftp.tls}, with
 * data connections that resume the control connection's TLS session. {@code java.nio.file}
 * providers serve {@code ftp://}, {@code ftpes://} (explicit FTPS) and {@code ftps://} (implicit
 * FTPS) URIs.
 */
module dev.ferry.ftp.client {
  requires transitive dev.ferry.ftp.protocol;
  // ClientTls and TrustSource appear in FtpClientConfig: FTPS users need the TLS API too.
  requires transitive dev.ferry.ftp.tls;
  requires org.slf4j;

  exports dev.ferry.ftp.client;

  // ftp://, ftpes:// and ftps:// paths for java.nio.file; the package itself is not API.
  provides java.nio.file.spi.FileSystemProvider with
      dev.ferry.ftp.client.nio.FtpFileSystemProvider,
      dev.ferry.ftp.client.nio.FtpesFileSystemProvider,
      dev.ferry.ftp.client.nio.FtpsFileSystemProvider;
}
