package dev.ferry.ftp.client;

import dev.ferry.ftp.tls.TlsMode;

/**
 * The conformance suite against ProFTPD over explicit FTPS (mod_tls, which requires session reuse
 * by default), on TLS 1.3.
 */
class ProftpdFtpsConformanceTest extends ProftpdConformanceTest {
  @Override
  ServerUnderTest startServer() throws Exception {
    return ExternalServer.proftpd(TestTls.client(TlsMode.EXPLICIT, "TLSv1.2"));
  }
}
