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

class LongPortCodecTest {
  // RFC 1639 §2: af,hal,h1,...,hn,pal,p1,p2
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "4,4,132,235,1,2,2,24,131; 132.235.1.2:6275",
        "6,16,16,128,0,0,0,0,0,0,0,8,8,0,32,12,65,122,2,20,162; [1080::8:800:200c:417a]:5282",
        "' 4, 4, 10, 0, 0, 1, 2, 0, 21 '; 10.0.0.1:21",
      })
  void parsesLprtArguments(String argument, String expected) {
    HostPort hostPort = LongPortCodec.parseArgument(argument);
    assertEquals(expected, hostPort.toString());
    assertEquals(
        hostPort, LongPortCodec.parsePassiveReply("Entering Long Passive Mode (" + argument + ")"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "4,4,132,235,1,2,2,24",
        "4,4,132,235,1,2,2,24,131,1",
        "6,4,132,235,1,2,2,24,131",
        "4,16,132,235,1,2,2,24,131",
        "4,4,132,235,1,2,3,24,131",
        "4,4,132,235,1,2,2,0,0",
        "4,4,132,235,1,256,2,24,131",
        "7,4,132,235,1,2,2,24,131",
        "4,4,132.235.1.2,2,24,131"
      })
  void rejectsBadLprtArguments(String argument) {
    assertThrows(InvalidArgumentException.class, () -> LongPortCodec.parseArgument(argument));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Entering Long Passive Mode",
        "Entering Long Passive Mode (4,4,1,2,3,4,2,0,0)",
        "Entering Long Passive Mode (5,4,1,2,3,4,2,0,21)",
        "Entering Long Passive Mode (1,2,3,4,5,6)"
      })
  void rejectsBad228Replies(String text) {
    assertThrows(MalformedReplyException.class, () -> LongPortCodec.parsePassiveReply(text));
  }

  @Test
  void formats() {
    HostPort hostPort = HostPort.of("132.235.1.2", 6275);
    assertEquals("4,4,132,235,1,2,2,24,131", LongPortCodec.formatArgument(hostPort));
    assertEquals(
        "Entering Long Passive Mode (4,4,132,235,1,2,2,24,131)",
        LongPortCodec.formatPassiveReply(hostPort));
    assertEquals(
        "6,16,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,2,0,21",
        LongPortCodec.formatArgument(HostPort.of("::1", 21)));
  }

  @Property(tries = 1000)
  void roundTrips(@ForAll("hostPorts") HostPort hostPort) {
    assertEquals(hostPort, LongPortCodec.parseArgument(LongPortCodec.formatArgument(hostPort)));
    assertEquals(
        hostPort, LongPortCodec.parsePassiveReply(LongPortCodec.formatPassiveReply(hostPort)));
  }

  @Property(tries = 2000)
  void parsersThrowOnlyTheirExceptions(@ForAll("hostPortLike") String text) {
    Fuzz.parsesOrThrowsOnly(text, LongPortCodec::parseArgument, InvalidArgumentException.class);
    Fuzz.parsesOrThrowsOnly(text, LongPortCodec::parsePassiveReply, MalformedReplyException.class);
  }

  @Property(tries = 1000)
  void parsersThrowOnlyTheirExceptionsOnAnyString(@ForAll @StringLength(max = 80) String text) {
    parsersThrowOnlyTheirExceptions(text);
  }

  @Provide
  Arbitrary<HostPort> hostPorts() {
    return Addresses.hostPorts(Addresses.any());
  }

  @Provide
  Arbitrary<String> hostPortLike() {
    return Fuzz.hostPortLike();
  }
}
