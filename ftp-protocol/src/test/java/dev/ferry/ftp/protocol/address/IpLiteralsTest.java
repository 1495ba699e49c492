package dev.ferry.ftp.protocol.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.InvalidArgumentException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
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

class IpLiteralsTest {
  @ParameterizedTest
  @CsvSource({
    "0.0.0.0, 0.0.0.0",
    "127.0.0.1, 127.0.0.1",
    "255.255.255.255, 255.255.255.255",
    // RFC 2428 §2's EPRT example address
    "132.235.1.2, 132.235.1.2",
  })
  void parsesDottedQuads(String text, String canonical) {
    InetAddress address = IpLiterals.parseIpv4(text);
    assertEquals(canonical, IpLiterals.format(address));
    assertEquals(address, IpLiterals.parse(text));
  }

  // RFC 4291 §2.2 examples, and RFC 5952 §4 for the canonical form
  @ParameterizedTest
  @CsvSource({
    "ABCD:EF01:2345:6789:ABCD:EF01:2345:6789, abcd:ef01:2345:6789:abcd:ef01:2345:6789",
    "2001:DB8:0:0:8:800:200C:417A, 2001:db8::8:800:200c:417a",
    "2001:DB8::8:800:200C:417A, 2001:db8::8:800:200c:417a",
    "FF01:0:0:0:0:0:0:101, ff01::101",
    "FF01::101, ff01::101",
    "0:0:0:0:0:0:0:1, ::1",
    "::1, ::1",
    "0:0:0:0:0:0:0:0, ::",
    "::, ::",
    "0:0:0:0:0:0:13.1.68.3, ::d01:4403",
    "::13.1.68.3, ::d01:4403",
    "1080::8:800:200C:417A, 1080::8:800:200c:417a",
    "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
    "2001:0db8:0:0:0:0:2:1, 2001:db8::2:1",
    "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
    "2001:db8::, 2001:db8::",
    "1:2:3:4:5:6:7::, 1:2:3:4:5:6:7:0",
    "::2:3:4:5:6:7:8, 0:2:3:4:5:6:7:8",
    "1:0:0:2:0:0:0:3, 1:0:0:2::3",
  })
  void parsesIpv6Text(String text, String canonical) {
    InetAddress address = IpLiterals.parseIpv6(text);
    assertInstanceOf(Inet6Address.class, address);
    assertEquals(canonical, IpLiterals.format(address));
    assertEquals(address, IpLiterals.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"::FFFF:129.144.52.38", "::ffff:129.144.52.38", "0:0:0:0:0:ffff:8190:3426"})
  void readsAnIpv4MappedAddressAsTheIpv4HostItMaps(String text) {
    InetAddress address = IpLiterals.parseIpv6(text);
    assertInstanceOf(Inet4Address.class, address);
    assertEquals("129.144.52.38", IpLiterals.format(address));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "1.2.3",
        "1.2.3.4.5",
        "256.0.0.1",
        "1.2.3.256",
        "01.2.3.4",
        "1.2.3.04",
        "00.0.0.0",
        "+1.2.3.4",
        "-1.2.3.4",
        " 1.2.3.4",
        "1.2.3.4 ",
        "1..3.4",
        ".1.2.3",
        "1.2.3.",
        "1234.1.1.1",
        "0x7f.0.0.1",
        "1.2.3.4/8",
        "localhost",
        "example.com",
        "\uff11.2.3.4",
        "١.2.3.4",
        "1,2,3,4"
      })
  void rejectsBadIpv4(String text) {
    assertThrows(InvalidArgumentException.class, () -> IpLiterals.parseIpv4(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        ":",
        ":::",
        "1",
        "1:",
        ":1",
        "1::2::3",
        "12345::",
        "1:2:3:4:5:6:7:8:9",
        "1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7::8",
        "::1:2:3:4:5:6:7:8",
        "g::1",
        "fe80::1%eth0",
        "fe80::1%1",
        "[::1]",
        "::ffff:1.2.3",
        "::ffff:1.2.3.256",
        "::1.2.3.4:1",
        "1:2:3:4:5:6:7:1.2.3.4",
        "1.2.3.4",
        "::ffff:01.2.3.4",
        "1::1a.2.3.4",
        "localhost",
        "ip6-localhost",
        " ::1",
        "::1 ",
        "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255:1",
        "\uff11::1",
        "1:::2"
      })
  void rejectsBadIpv6(String text) {
    assertThrows(InvalidArgumentException.class, () -> IpLiterals.parseIpv6(text));
  }

  @Test
  void neverResolvesNames() {
    // names that any resolver would answer: a literal parser must refuse them
    for (String name : new String[] {"localhost", "example.com", "LOCALHOST", "ip6-loopback"}) {
      assertThrows(InvalidArgumentException.class, () -> IpLiterals.parse(name));
    }
  }

  @Test
  void leavesTheZoneOut() throws Exception {
    byte[] linkLocal = InetAddress.getByName("fe80::1").getAddress();
    Inet6Address scoped = Inet6Address.getByAddress(null, linkLocal, 3);
    assertEquals("fe80::1", IpLiterals.format(scoped));
  }

  @Property(tries = 1000)
  void formatThenParseIsTheIdentity(@ForAll("addresses") InetAddress address) {
    assertEquals(address, IpLiterals.parse(IpLiterals.format(address)));
  }

  @Property(tries = 500)
  void formatAgreesWithTheJdk(@ForAll("addresses") InetAddress address) throws Exception {
    // the JDK parses literals without a lookup; it is the reference for what a literal means
    assertEquals(address, InetAddress.getByName(IpLiterals.format(address)));
  }

  @Property(tries = 500)
  void formatIsCanonical(@ForAll("ipv6") InetAddress address) {
    String text = IpLiterals.format(address);
    assertEquals(text.toLowerCase(java.util.Locale.ROOT), text);
    assertTrue(text.indexOf("::") == text.lastIndexOf("::"), text);
    assertTrue(!text.matches(".*(^|:)0[0-9a-f].*"), "no leading zeros: " + text);
  }

  @Property(tries = 2000)
  void parsesArbitraryTextOrRejectsIt(@ForAll("literalLike") String text) {
    assertParsesOrRejects(text);
  }

  @Property(tries = 1000)
  void parsesAnyStringOrRejectsIt(@ForAll @StringLength(max = 80) String text) {
    assertParsesOrRejects(text);
  }

  private static void assertParsesOrRejects(String text) {
    try {
      InetAddress address = IpLiterals.parse(text);
      // what parses must agree with the JDK's own reading of the literal
      assertEquals(address, jdkLiteral(text), text);
    } catch (InvalidArgumentException expected) {
      // rejected, the only failure allowed
    }
  }

  private static InetAddress jdkLiteral(String text) {
    try {
      return InetAddress.getByName(text);
    } catch (java.net.UnknownHostException e) {
      throw new AssertionError("we accepted what the JDK rejects: " + text, e);
    }
  }

  @Provide
  Arbitrary<InetAddress> addresses() {
    return Addresses.any();
  }

  @Provide
  Arbitrary<InetAddress> ipv6() {
    return Addresses.ipv6();
  }

  @Provide
  Arbitrary<String> literalLike() {
    return Arbitraries.strings().withChars("0123456789abcdefABCDEF:.%").ofMaxLength(46);
  }
}
