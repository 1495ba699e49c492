package dev.ferry.ftp.client;

import dev.ferry.ftp.tls.TlsMode;
import java.nio.file.Files;

/** The conformance suite against Ferry's own server over implicit FTPS, with session reuse required on every data connection. */
class FerryImplicitFtpsConformanceTest extends ServerConformanceTest {
  @Override
  ServerUnderTest startServer() throws Exception {
    return FerryServer.start(Files.createTempDirectory("ferry-server"), TlsMode.IMPLICIT);
  }

  @Override
  boolean hasSiteChmod() {
    return true;
  }
}
