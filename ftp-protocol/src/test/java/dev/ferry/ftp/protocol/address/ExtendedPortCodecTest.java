package dev.ferry.ftp.protocol.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ferry.ftp.protocol.Fuzz;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.MalformedReplyException;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExtendedPortCodecTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        // RFC 2428 §2, the two examples
        "|1|132.235.1.2|6275|; 132.235.1.2:6275",
        "|2|1080::8:800:200C:417A|5282|; [1080::8:800:200c:417a]:5282",
        // any delimiter in ASCII 33-126 (§2)
        "!1!132.235.1.2!6275!; 132.235.1.2:6275",
        "~2~::1~21~; [::1]:21",
        "#2#2001:db8::1#65535#; [2001:db8::1]:65535",
        "' |1|10.0.0.1|1| '; 10.0.0.1:1",
        "z1z10.0.0.1z21z; 10.0.0.1:21",
        // an IPv4-mapped address under protocol 2 is the IPv4 host
        "|2|::ffff:192.0.2.1|21|; 192.0.2.1:21",
      })
  void parsesEprtArguments(String argument, String expected) {
    assertEquals(expected, ExtendedPortCodec.parseArgument(argument).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "|",
        "||||",
        "|1|132.235.1.2|6275",
        "1|132.235.1.2|6275|",
        "|1|132.235.1.2|6275||",
        "|1|132.235.1.2|6275|x",
        "|1|132.235.1.2|0|",
        "|1|132.235.1.2|65536|",
        "|1|132.235.1.2|-1|",
        "|1|132.235.1.2|+21|",
        "|1|132.235.1.2|123456|",
        "|1|132.235.1.2||",
        "|1||21|",
        "||132.235.1.2|21|",
        "|x|132.235.1.2|21|",
        "|-1|132.235.1.2|21|",
        "|1|1080::8:800:200C:417A|21|",
        "|2|132.235.1.2|21|",
        "|1|localhost|21|",
        "|2|localhost|21|",
        "|1|example.com|21|",
        "|1|256.1.1.1|21|",
        "|2|fe80::1%eth0|21|",
        "|2|[::1]|21|",
        "\u00a71\u00a710.0.0.1\u00a721\u00a7",
        " 1 10.0.0.1 21 ",
        ":2:::1:21:",
        ".1.10.0.0.1.21.",
        "|1|10.0.0.1|\uff12\uff11|"
      })
  void rejectsBadEprtArguments(String argument) {
    assertThrows(InvalidArgumentException.class, () -> ExtendedPortCodec.parseArgument(argument));
  }

  @ParameterizedTest
  @CsvSource({
    "|3|10.0.0.1|21|, 3",
    "|0|10.0.0.1|21|, 0",
    "|6|::1|21|, 6",
    "|999999999|x|y|, 999999999"
  })
  void reportsAnUnsupportedProtocolApart(String argument, int protocol) {
    // RFC 2428 §2: the server answers 522, not 501, so the failure has its own type
    var e =
        assertThrows(
            UnsupportedNetworkProtocolException.class,
            () -> ExtendedPortCodec.parseArgument(argument));
    assertEquals(protocol, e.protocol());
  }

  @Test
  void formatsWithThePipeAndCanonicalText() {
    assertEquals(
        "|1|132.235.1.2|6275|", ExtendedPortCodec.formatArgument(HostPort.of("132.235.1.2", 6275)));
    assertEquals(
        "|2|1080::8:800:200c:417a|5282|",
        ExtendedPortCodec.formatArgument(HostPort.of("1080::8:800:200C:417A", 5282)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // RFC 2428 §3
        "Entering Extended Passive Mode (|||6446|)",
        "229 Entering Extended Passive Mode (|||6446|)",
        "Entering Extended Passive Mode (!!!6446!)",
        "Entering Extended Passive Mode (|||6446|).",
        "Extended Passive Mode (oops) entered (|||6446|)",
        "(|||6446|)",
      })
  void findsThePortInA229Reply(String text) {
    assertEquals(6446, ExtendedPortCodec.parsePassiveReply(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Entering Extended Passive Mode",
        "Entering Extended Passive Mode (|||6446)",
        "Entering Extended Passive Mode (||6446|)",
        "Entering Extended Passive Mode (|1|::1|6446|)",
        "Entering Extended Passive Mode (|||0|)",
        "Entering Extended Passive Mode (|||65536|)",
        "Entering Extended Passive Mode (|||123456|)",
        "Entering Extended Passive Mode (|||x|)",
        "Entering Extended Passive Mode (|||6446!)",
        "Entering Extended Passive Mode (||||)",
        "Entering Extended Passive Mode (1116446)",
        "(",
        "(|",
        "(||",
        "(|||",
        "(|||1",
        "(|||1|"
      })
  void rejectsBad229Replies(String text) {
    assertThrows(MalformedReplyException.class, () -> ExtendedPortCodec.parsePassiveReply(text));
  }

  @Test
  void formats229AsRfc2428ShowsIt() {
    assertEquals(
        "Entering Extended Passive Mode (|||6446|)", ExtendedPortCodec.formatPassiveReply(6446));
    assertThrows(IllegalArgumentException.class, () -> ExtendedPortCodec.formatPassiveReply(0));
    assertThrows(IllegalArgumentException.class, () -> ExtendedPortCodec.formatPassiveReply(65536));
  }

  @Test
  void formatsAndParses522() {
    // RFC 2428 §2: 522 Network protocol not supported, use (prt)
    String both =
        ExtendedPortCodec.formatProtocolNotSupported(
            Set.of(NetworkProtocol.IPV6, NetworkProtocol.IPV4));
    assertEquals("Network protocol not supported, use (1,2)", both);
    assertEquals(
        EnumSet.allOf(NetworkProtocol.class), ExtendedPortCodec.parseProtocolNotSupported(both));
    assertEquals(
        Set.of(NetworkProtocol.IPV6),
        ExtendedPortCodec.parseProtocolNotSupported("Network protocol not supported, use (2)"));
    assertEquals(
        Set.of(NetworkProtocol.IPV4),
        ExtendedPortCodec.parseProtocolNotSupported("522 Use (this) instead (1,7)"));
    assertEquals(Set.of(), ExtendedPortCodec.parseProtocolNotSupported("use (9)"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ExtendedPortCodec.formatProtocolNotSupported(Set.of()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Network protocol not supported",
        "use ()",
        "use (1,)",
        "use (1;2)",
        "use (1",
        "use (1234567890)"
      })
  void rejectsBad522Replies(String text) {
    assertThrows(
        MalformedReplyException.class, () -> ExtendedPortCodec.parseProtocolNotSupported(text));
  }

  @Property(tries = 1000)
  void argumentRoundTrips(@ForAll("hostPorts") HostPort hostPort) {
    assertEquals(
        hostPort, ExtendedPortCodec.parseArgument(ExtendedPortCodec.formatArgument(hostPort)));
  }

  @Property(tries = 1000)
  void anyUnusedDelimiterWorks(
      @ForAll("hostPorts") HostPort hostPort,
      @ForAll @IntRange(min = 33, max = 126) int delimiter) {
    String pipe = ExtendedPortCodec.formatArgument(hostPort);
    String body = pipe.substring(1, pipe.length() - 1).replace("|", "");
    if (body.indexOf(delimiter) >= 0) {
      return; // a delimiter that occurs in a field cannot delimit it
    }
    String argument = pipe.replace('|', (char) delimiter);
    assertEquals(hostPort, ExtendedPortCodec.parseArgument(argument));
  }

  @Property(tries = 500)
  void replyRoundTrips(@ForAll @IntRange(min = 1, max = 65535) int port) {
    assertEquals(
        port, ExtendedPortCodec.parsePassiveReply(ExtendedPortCodec.formatPassiveReply(port)));
  }

  @Property(tries = 100)
  void protocolListRoundTrips(@ForAll("protocolSets") Set<NetworkProtocol> protocols) {
    String text = ExtendedPortCodec.formatProtocolNotSupported(protocols);
    assertEquals(protocols, ExtendedPortCodec.parseProtocolNotSupported(text));
  }

  @Property(tries = 2000)
  void parsersThrowOnlyTheirExceptions(@ForAll("hostPortLike") String text) {
    Fuzz.parsesOrThrowsOnly(
        text,
        ExtendedPortCodec::parseArgument,
        InvalidArgumentException.class,
        UnsupportedNetworkProtocolException.class);
    Fuzz.parsesOrThrowsOnly(
        text, ExtendedPortCodec::parsePassiveReply, MalformedReplyException.class);
    Fuzz.parsesOrThrowsOnly(
        text, ExtendedPortCodec::parseProtocolNotSupported, MalformedReplyException.class);
  }

  @Property(tries = 1000)
  void parsersThrowOnlyTheirExceptionsOnAnyString(@ForAll @StringLength(max = 80) String text) {
    parsersThrowOnlyTheirExceptions(text);
    parsersThrowOnlyTheirExceptions("|" + text);
    parsersThrowOnlyTheirExceptions("(|||" + text);
  }

  @Provide
  Arbitrary<HostPort> hostPorts() {
    return Addresses.hostPorts(Addresses.any());
  }

  @Provide
  Arbitrary<Set<NetworkProtocol>> protocolSets() {
    return Arbitraries.of(NetworkProtocol.class).set().ofMinSize(1);
  }

  @Provide
  Arbitrary<String> hostPortLike() {
    return Arbitraries.oneOf(
        Fuzz.hostPortLike(),
        Fuzz.hostPortLike().map(s -> "|" + s),
        Fuzz.hostPortLike().map(s -> "|1|" + s),
        Fuzz.hostPortLike().map(s -> "|2|" + s),
        Fuzz.hostPortLike().map(s -> "(|||" + s));
  }
}
