package dev.ferry.ftp.protocol.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ferry.ftp.protocol.Fuzz;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.MalformedReplyException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PortCodecTest {
  // RFC 959 §4.1.2: PORT h1,h2,h3,h4,p1,p2; the host of RFC 2428 §2's EPRT example, port 6275
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "132,235,1,2,24,131; 132.235.1.2:6275",
        "127,0,0,1,4,1; 127.0.0.1:1025",
        "0,0,0,0,0,1; 0.0.0.0:1",
        "255,255,255,255,255,255; 255.255.255.255:65535",
        "' 10,0,0,1,0,21 '; 10.0.0.1:21",
        "'10, 0, 0, 1, 0, 21'; 10.0.0.1:21",
        "010,000,000,001,000,021; 10.0.0.1:21",
      })
  void parsesPortArguments(String argument, String expected) {
    assertEquals(expected, PortCodec.parseArgument(argument).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "127,0,0,1,4",
        "127,0,0,1,4,1,1",
        "127,0,0,256,4,1",
        "127,0,0,1,4,256",
        "127,0,0,1,0,0",
        "+127,0,0,1,4,1",
        "-1,0,0,1,4,1",
        "1270,0,0,1,4,1",
        "0127,0,0,1,4,1",
        "127,,0,0,1,4,1",
        "127,0,0,1,4,1,",
        ",127,0,0,1,4,1",
        "127.0.0.1,4,1",
        "localhost,4,1",
        "example.com,0,21",
        "0x7f,0,0,1,4,1",
        "127 0 0 1 4 1",
        "(127,0,0,1,4,1)",
        "\uff11,0,0,1,4,1"
      })
  void rejectsBadPortArguments(String argument) {
    assertThrows(InvalidArgumentException.class, () -> PortCodec.parseArgument(argument));
  }

  // what servers send after 227, as Commons Net and lftp meet it (RFC 1123 §4.1.2.6: scan for it)
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Entering Passive Mode (127,0,0,1,4,1).",
        "Entering Passive Mode (127,0,0,1,4,1)",
        "227 Entering Passive Mode (127,0,0,1,4,1).",
        "Entering Passive Mode 127,0,0,1,4,1",
        "Entering Passive Mode =127,0,0,1,4,1",
        "=127,0,0,1,4,1",
        "127,0,0,1,4,1",
        "Entering Passive Mode (127, 0, 0, 1, 4, 1)",
        "Entering Passive Mode ( 127 ,0 ,0 ,1 ,4 ,1 )",
        "Entering Passive Mode (127,0,0,1,4,1",
        "Entering Passive Mode 2 (127,0,0,1,4,1)",
        "Passive mode on port 1025: (127,0,0,1,4,1)",
        "Entering Passive Mode (127,000,000,001,004,001)",
      })
  void findsTheNumbersInA227Reply(String text) {
    assertEquals("127.0.0.1:1025", PortCodec.parsePassiveReply(text).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Entering Passive Mode",
        "Entering Passive Mode (127,0,0,1,4)",
        "Entering Passive Mode (127,0,0,1,4,1,1)",
        "Entering Passive Mode (127,0,0,256,4,1)",
        "Entering Passive Mode (127,0,0,1,0,0)",
        "Entering Passive Mode (1270,0,0,1,4,1)",
        "Entering Passive Mode (127.0.0.1,4,1)",
        "Entering Passive Mode (|||1025|)"
      })
  void rejectsBad227Replies(String text) {
    assertThrows(MalformedReplyException.class, () -> PortCodec.parsePassiveReply(text));
  }

  @Test
  void numbersRunIntoADigitAreNotSplit() {
    // "1127,..." is a first number of four digits, not "127,..." after a stray "1"
    assertThrows(
        MalformedReplyException.class, () -> PortCodec.parsePassiveReply("(1127,0,0,1,4,1)"));
  }

  @Test
  void formatsAsRfc959ShowsIt() {
    HostPort hostPort = HostPort.of("192.0.2.1", 1025);
    assertEquals("192,0,2,1,4,1", PortCodec.formatArgument(hostPort));
    assertEquals("Entering Passive Mode (192,0,2,1,4,1).", PortCodec.formatPassiveReply(hostPort));
  }

  @Test
  void cannotFormatIpv6() {
    HostPort hostPort = HostPort.of("2001:db8::1", 21);
    assertThrows(IllegalArgumentException.class, () -> PortCodec.formatArgument(hostPort));
    assertThrows(IllegalArgumentException.class, () -> PortCodec.formatPassiveReply(hostPort));
  }

  @Property(tries = 1000)
  void argumentRoundTrips(@ForAll("ipv4HostPorts") HostPort hostPort) {
    assertEquals(hostPort, PortCodec.parseArgument(PortCodec.formatArgument(hostPort)));
  }

  @Property(tries = 1000)
  void replyRoundTrips(@ForAll("ipv4HostPorts") HostPort hostPort) {
    assertEquals(hostPort, PortCodec.parsePassiveReply(PortCodec.formatPassiveReply(hostPort)));
  }

  @Property(tries = 2000)
  void argumentParserThrowsOnlyItsException(@ForAll("hostPortLike") String text) {
    Fuzz.parsesOrThrowsOnly(text, PortCodec::parseArgument, InvalidArgumentException.class);
  }

  @Property(tries = 2000)
  void replyParserThrowsOnlyItsException(@ForAll("hostPortLike") String text) {
    Fuzz.parsesOrThrowsOnly(text, PortCodec::parsePassiveReply, MalformedReplyException.class);
  }

  @Property(tries = 1000)
  void parsersThrowOnlyTheirExceptionsOnAnyString(@ForAll @StringLength(max = 80) String text) {
    Fuzz.parsesOrThrowsOnly(text, PortCodec::parseArgument, InvalidArgumentException.class);
    Fuzz.parsesOrThrowsOnly(text, PortCodec::parsePassiveReply, MalformedReplyException.class);
  }

  @Provide
  Arbitrary<HostPort> ipv4HostPorts() {
    return Addresses.hostPorts(Addresses.ipv4());
  }

  @Provide
  Arbitrary<String> hostPortLike() {
    return Fuzz.hostPortLike();
  }
}
