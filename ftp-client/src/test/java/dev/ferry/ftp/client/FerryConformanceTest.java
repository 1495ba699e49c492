package dev.ferry.ftp.client;

import dev.ferry.ftp.tls.TlsMode;
import java.nio.file.Files;

/** The conformance suite against Ferry's own server (ftp-server), plain FTP. */
class FerryConformanceTest extends ServerConformanceTest {
  @Override
  ServerUnderTest startServer() throws Exception {
    return FerryServer.start(Files.createTempDirectory("ferry-server"), TlsMode.OFF);
  }

  @Override
  boolean hasSiteChmod() {
    return true;
  }
}
