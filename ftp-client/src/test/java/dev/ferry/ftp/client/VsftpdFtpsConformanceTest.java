package dev.ferry.ftp.client;

import dev.ferry.ftp.tls.TlsMode;

/**
 * The conformance suite against vsftpd over explicit FTPS with {@code require_ssl_reuse=YES}, on
 * TLS 1.2: vsftpd 3.0.3 truncates TLS 1.3 uploads whatever the client (issue 8), so TLS 1.3 is
 * proven with downloads and listings in {@link FtpsSessionReuseTest}.
 */
class VsftpdFtpsConformanceTest extends VsftpdConformanceTest {
  @Override
  ServerUnderTest startServer() throws Exception {
    return ExternalServer.vsftpd(TestTls.client(TlsMode.EXPLICIT, "TLSv1.2"));
  }
}
