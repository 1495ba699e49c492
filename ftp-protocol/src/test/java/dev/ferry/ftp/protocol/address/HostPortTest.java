package dev.ferry.ftp.protocol.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ferry.ftp.protocol.InvalidArgumentException;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostPortTest {
  @ParameterizedTest
  @ValueSource(ints = {0, -1, 65536, Integer.MIN_VALUE})
  void refusesPortsOutside1To65535(int port) {
    var address = IpLiterals.parse("127.0.0.1");
    assertThrows(IllegalArgumentException.class, () -> new HostPort(address, port));
  }

  @Test
  void refusesANullAddress() {
    assertThrows(NullPointerException.class, () -> new HostPort(null, 21));
  }

  @Test
  void printsLiteralsOnly() {
    assertEquals("192.0.2.1:21", HostPort.of("192.0.2.1", 21).toString());
    assertEquals("[2001:db8::1]:21", HostPort.of("2001:DB8:0::1", 21).toString());
  }

  @Test
  void knowsItsProtocol() {
    assertEquals(NetworkProtocol.IPV4, HostPort.of("192.0.2.1", 21).protocol());
    assertEquals(NetworkProtocol.IPV6, HostPort.of("::1", 21).protocol());
    assertEquals(NetworkProtocol.IPV4, HostPort.of("::ffff:192.0.2.1", 21).protocol());
  }

  @Test
  void becomesAnUnresolvedFreeSocketAddress() {
    InetSocketAddress socket = HostPort.of("192.0.2.1", 2121).toSocketAddress();
    assertEquals(2121, socket.getPort());
    assertEquals(IpLiterals.parse("192.0.2.1"), socket.getAddress());
  }

  @Test
  void refusesNames() {
    assertThrows(InvalidArgumentException.class, () -> HostPort.of("localhost", 21));
  }

  @Test
  void mapsProtocolNumbers() {
    assertEquals(NetworkProtocol.IPV4, NetworkProtocol.ofNumber(1));
    assertEquals(NetworkProtocol.IPV6, NetworkProtocol.ofNumber(2));
    assertEquals(
        5,
        assertThrows(UnsupportedNetworkProtocolException.class, () -> NetworkProtocol.ofNumber(5))
            .protocol());
  }
}
