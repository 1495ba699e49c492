package dev.ferry.ftp.client;

import java.nio.file.Files;

/** The conformance suite against Apache MINA FtpServer, embedded. */
class MinaConformanceTest extends ServerConformanceTest {
  @Override
  ServerUnderTest startServer() throws Exception {
    return MinaServer.start(Files.createTempDirectory("ferry-mina"));
  }

  @Override
  boolean hasSiteChmod() {
    return false;
  }
}
