package dev.ferry.ftp.protocol.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ferry.ftp.protocol.Fuzz;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.address.IpLiterals;
import java.net.InetAddress;
import java.net.UnknownHostException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VirtualHostTest {
  // RFC 7151 §3: hostname = domain / IP-literal, with the examples of §3.1 and §3.2
  @ParameterizedTest
  @CsvSource({
    "ftp.example.com, ftp.example.com",
    "FTP.Example.COM, ftp.example.com",
    "' ftp.example.com ', ftp.example.com",
    "example, example",
    "a-b.c-d.e9, a-b.c-d.e9",
    "xn--bcher-kva.example, xn--bcher-kva.example",
    "3com.com, 3com.com",
    "1.2.3.com, 1.2.3.com",
  })
  void parsesDomainNames(String argument, String canonical) {
    VirtualHost host = VirtualHost.parse(argument);
    assertInstanceOf(VirtualHost.Domain.class, host);
    assertEquals(canonical, host.toArgument());
  }

  @ParameterizedTest
  @CsvSource({
    "192.0.2.1, 192.0.2.1",
    "[2001:db8::1], [2001:db8::1]",
    "[::1], [::1]",
    "[2001:DB8:0:0:0:0:0:1], [2001:db8::1]",
    "[::ffff:192.0.2.1], 192.0.2.1",
  })
  void parsesAddressLiterals(String argument, String canonical) {
    VirtualHost host = VirtualHost.parse(argument);
    assertInstanceOf(VirtualHost.Address.class, host);
    assertEquals(canonical, host.toArgument());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        ".",
        "example.",
        ".example",
        "a..b",
        "-a.com",
        "a-.com",
        "a.-b.com",
        "exa mple.com",
        "exa_mple.com",
        "ex@mple.com",
        "b\u00fccher.example",
        "192.0.2.300",
        "192.0.2",
        "1.2.3.4.5",
        "123",
        "[]",
        "[::1",
        "::1]",
        "::1",
        "[1.2.3.4]",
        "[fe80::1%eth0]",
        "[example.com]",
        "ftp.example.com:21",
        "\uff41.com"
      })
  void rejects(String argument) {
    assertThrows(InvalidArgumentException.class, () -> VirtualHost.parse(argument));
  }

  @Test
  void enforcesLengthLimits() {
    String label63 = "a".repeat(63);
    assertEquals(label63 + ".com", VirtualHost.parse(label63 + ".com").toArgument());
    assertThrows(InvalidArgumentException.class, () -> VirtualHost.parse("a" + label63 + ".com"));
    String name253 = (label63 + ".").repeat(3) + "a".repeat(61);
    assertEquals(253, name253.length());
    assertEquals(name253, VirtualHost.parse(name253).toArgument());
    assertThrows(InvalidArgumentException.class, () -> VirtualHost.parse(name253 + "a"));
  }

  @Test
  void checksItsParts() {
    assertThrows(IllegalArgumentException.class, () -> new VirtualHost.Domain("a..b"));
    assertThrows(IllegalArgumentException.class, () -> new VirtualHost.Domain("192.0.2.1"));
    assertThrows(NullPointerException.class, () -> new VirtualHost.Domain(null));
    assertThrows(NullPointerException.class, () -> new VirtualHost.Address(null));
  }

  @Property(tries = 500)
  void roundTrips(@ForAll("hosts") VirtualHost host) {
    assertEquals(host, VirtualHost.parse(host.toArgument()));
  }

  @Property(tries = 2000)
  void throwsOnlyItsException(@ForAll("hostLike") String text) {
    Fuzz.parsesOrThrowsOnly(text, VirtualHost::parse, InvalidArgumentException.class);
  }

  @Property(tries = 1000)
  void throwsOnlyItsExceptionOnAnyString(@ForAll @StringLength(max = 80) String text) {
    Fuzz.parsesOrThrowsOnly(text, VirtualHost::parse, InvalidArgumentException.class);
  }

  @Provide
  Arbitrary<VirtualHost> hosts() {
    Arbitrary<String> label =
        Arbitraries.strings()
            .withChars("abcxyzABCXYZ0189-")
            .ofMinLength(1)
            .ofMaxLength(12)
            .filter(s -> !s.startsWith("-") && !s.endsWith("-"));
    Arbitrary<VirtualHost> domains =
        label
            .list()
            .ofMinSize(1)
            .ofMaxSize(5)
            .map(labels -> String.join(".", labels))
            .filter(name -> !name.matches("[0-9.]*"))
            .map(VirtualHost.Domain::new);
    Arbitrary<VirtualHost> addresses =
        Arbitraries.bytes()
            .array(byte[].class)
            .ofSize(16)
            .map(VirtualHostTest::address)
            .map(VirtualHost.Address::new);
    Arbitrary<VirtualHost> ipv4 =
        Arbitraries.bytes()
            .array(byte[].class)
            .ofSize(4)
            .map(VirtualHostTest::address)
            .map(VirtualHost.Address::new);
    return Arbitraries.oneOf(domains, addresses, ipv4);
  }

  @Provide
  Arbitrary<String> hostLike() {
    return Arbitraries.strings().withChars("abc019-.:[]% ").ofMaxLength(30);
  }

  private static InetAddress address(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void usesTheSharedLiteralFormat() {
    InetAddress address = IpLiterals.parse("2001:db8::1");
    assertEquals("[2001:db8::1]", new VirtualHost.Address(address).toArgument());
  }
}
