package dev.ferry.ftp.client;

/** The conformance suite against ProFTPD from Debian's package; skipped where it cannot run. */
class ProftpdConformanceTest extends ServerConformanceTest {
  @Override
  ServerUnderTest startServer() throws Exception {
    return ExternalServer.proftpd();
  }

  @Override
  boolean hasSiteChmod() {
    return true;
  }
}
