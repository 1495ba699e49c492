package dev.ferry.ftp.client;

/** The conformance suite against Pure-FTPd from Debian's package; skipped where it cannot run. */
class PureFtpdConformanceTest extends ServerConformanceTest {
  @Override
  ServerUnderTest startServer() throws Exception {
    return ExternalServer.pureFtpd();
  }

  @Override
  boolean hasSiteChmod() {
    return true;
  }
}
