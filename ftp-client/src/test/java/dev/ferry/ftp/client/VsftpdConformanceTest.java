package dev.ferry.ftp.client;

/** The conformance suite against vsftpd from Debian's package; skipped where it cannot run. */
class VsftpdConformanceTest extends ServerConformanceTest {
  @Override
  ServerUnderTest startServer() throws Exception {
    return ExternalServer.vsftpd();
  }

  @Override
  boolean hasSiteChmod() {
    return false;
  }
}
