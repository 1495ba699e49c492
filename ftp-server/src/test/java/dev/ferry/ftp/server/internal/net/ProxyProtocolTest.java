package dev.ferry.ftp.server.internal.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PROXY protocol headers of both versions: exactly the header is read, bad ones are refused. */
class ProxyProtocolTest {
  private static final String V2 = "0D0A0D0A000D0A515549540A";

  private static ByteArrayInputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void readsExactlyTheHeader() throws IOException {
    ByteArrayInputStream v1 = in(ascii("PROXY TCP6 2001:db8::7 ::1 65535 21\r\nUSER x\r\n"));
    assertEquals(Optional.of(new InetSocketAddress("2001:db8::7", 65535)), ProxyProtocol.read(v1));
    assertEquals("USER x\r\n", new String(v1.readAllBytes(), StandardCharsets.US_ASCII));
    ByteArrayInputStream v2 = in(HexFormat.of().parseHex(V2 + "21" + "11" + "000C"
        + "C0000201" + "7F000001" + "0050" + "0015" + "AB"));
    assertEquals(Optional.of(new InetSocketAddress("192.0.2.1", 80)), ProxyProtocol.read(v2));
    assertEquals(0xAB, v2.read());
  }

  @Test
  void otherFamiliesNameNoClient() throws IOException {
    // UNIX sockets (0x31): 216 bytes of paths, skipped.
    assertEquals(Optional.empty(), ProxyProtocol.read(in(HexFormat.of().parseHex(
        V2 + "21" + "31" + "00D8" + "00".repeat(216)))));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    V2 + "11" + "11" + "000C" + "C0000201" + "7F000001" + "00500015", // version 1 in binary
    V2 + "22" + "11" + "000C" + "C0000201" + "7F000001" + "00500015", // command 2
    V2 + "21" + "11" + "0004" + "C0000201", // addresses shorter than the family
  })
  void badBinaryHeadersAreRefused(String hex) {
    assertThrows(ProtocolException.class,
        () -> ProxyProtocol.read(in(HexFormat.of().parseHex(hex))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PROXY TCP4 1.2.3 127.0.0.1 1 2\r\n", "PROXY TCP4 1.2.3.256 ::1 1 2\r\n",
      "PROXY TCP4 1.2.3.4 127.0.0.1 1\r\n", "PROXY UDP4 1.2.3.4 127.0.0.1 1 2\r\n",
      "PROXY TCP6 1.2.3.4 ::1 1 2\r\n", "PROXY TCP6 ::ffff:1.2.3.4 ::1 1 2\r\n",
      "PROXY TCP4 1.2.3.4 127.0.0.1 -1 2\r\n", "PROXY TCP4 1.2.3.4 127.0.0.1 1 x\r\n"})
  void badTextHeadersAreRefused(String line) {
    assertThrows(ProtocolException.class, () -> ProxyProtocol.read(in(ascii(line))));
  }

  @Test
  void aHeaderCutShortIsAnEndOfStream() {
    assertThrows(EOFException.class, () -> ProxyProtocol.read(in(ascii("PROXY TC"))));
    assertThrows(EOFException.class, () -> ProxyProtocol.read(in(ascii("PROXY TCP4 1.2.3.4"))));
    assertThrows(EOFException.class,
        () -> ProxyProtocol.read(in(HexFormat.of().parseHex(V2 + "21" + "11" + "000C" + "C0"))));
  }
}
