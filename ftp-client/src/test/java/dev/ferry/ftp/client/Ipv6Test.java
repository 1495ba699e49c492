package dev.ferry.ftp.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** EPSV and EPRT over IPv6 (RFC 2428), where PASV and PORT cannot go, against MINA on ::1. */
class Ipv6Test {
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void transfersOverIpv6(boolean active) throws IOException {
    InetAddress loopback = InetAddress.getByName("::1");
    try (ServerSocket probe = new ServerSocket(0, 1, loopback)) {
      Assumptions.assumeTrue(loopback instanceof Inet6Address);
    } catch (IOException e) {
      Assumptions.abort("no IPv6 loopback here: " + e);
    }
    Path root = Files.createTempDirectory("ferry-ipv6");
    try (MinaServer server = MinaServer.start(root, "::1", Map.of())) {
      FtpClientConfig.Builder config = server.config();
      if (active) {
        config.dataConnectionMode(DataConnectionMode.active());
      }
      byte[] content = {1, 2, 3, 4, 5};
      try (FtpSession session = FtpClient.connect(config.build())) {
        try (OutputStream out = session.store("/six.bin")) {
          out.write(content);
        }
        try (InputStream in = session.retrieve("/six.bin")) {
          assertArrayEquals(content, in.readAllBytes());
        }
        assertEquals(List.of("six.bin"), session.list("/").stream().map(RemoteFile::name).toList());
      }
      assertArrayEquals(content, Files.readAllBytes(root.resolve("six.bin")));
    }
  }
}
