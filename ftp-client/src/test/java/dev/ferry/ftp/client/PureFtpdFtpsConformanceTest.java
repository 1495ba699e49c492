package dev.ferry.ftp.client;

import dev.ferry.ftp.tls.SessionReuse;
import dev.ferry.ftp.tls.TlsMode;

/** The conformance suite against Pure-FTPd over explicit FTPS ({@code -Y 3}), on TLS 1.3. */
class PureFtpdFtpsConformanceTest extends PureFtpdConformanceTest {
  @Override
  ServerUnderTest startServer() throws Exception {
    return ExternalServer.pureFtpd(TestTls.client(TlsMode.EXPLICIT, SessionReuse.WARN, "TLSv1.3"));
  }
}
