package dev.ferry.ftp.protocol.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ferry.ftp.protocol.Fuzz;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EpsvArgumentTest {
  // RFC 2428 §3: EPSV, EPSV <net-prt>, EPSV ALL
  @ParameterizedTest
  @CsvSource({
    "'', SAME_AS_CONTROL",
    "'  ', SAME_AS_CONTROL",
    "1, IPV4",
    "2, IPV6",
    "' 2 ', IPV6",
    "ALL, ALL",
    "all, ALL",
    "aLl, ALL",
  })
  void parses(String argument, EpsvArgument expected) {
    assertEquals(expected, EpsvArgument.parse(argument));
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "AL", "ALLL", "1 2", "-1", "+1", "1.0", "\u0131LL", "\uff11"})
  void rejectsGarbage(String argument) {
    assertThrows(InvalidArgumentException.class, () -> EpsvArgument.parse(argument));
  }

  @Test
  void reportsAnUnsupportedProtocolApart() {
    assertEquals(
        3,
        assertThrows(UnsupportedNetworkProtocolException.class, () -> EpsvArgument.parse("3"))
            .protocol());
  }

  @ParameterizedTest
  @EnumSource(EpsvArgument.class)
  void roundTrips(EpsvArgument argument) {
    assertEquals(argument, EpsvArgument.parse(argument.toArgument()));
  }

  @Test
  void namesItsProtocol() {
    assertEquals(Optional.of(NetworkProtocol.IPV4), EpsvArgument.IPV4.protocol());
    assertEquals(Optional.of(NetworkProtocol.IPV6), EpsvArgument.IPV6.protocol());
    assertEquals(Optional.empty(), EpsvArgument.ALL.protocol());
    assertEquals(Optional.empty(), EpsvArgument.SAME_AS_CONTROL.protocol());
  }

  @Property(tries = 1000)
  void throwsOnlyItsExceptions(@ForAll @StringLength(max = 80) String text) {
    Fuzz.parsesOrThrowsOnly(
        text,
        EpsvArgument::parse,
        InvalidArgumentException.class,
        UnsupportedNetworkProtocolException.class);
  }
}
