package dev.ferry.ftp.protocol.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.Fuzz;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.param.RepresentationType.Ascii;
import dev.ferry.ftp.protocol.param.RepresentationType.Ebcdic;
import dev.ferry.ftp.protocol.param.RepresentationType.Local;
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

class RepresentationTypeTest {
  // RFC 959 §5.3.2: A [<sp> N|T|C] | E [<sp> N|T|C] | I | L <sp> <byte-size>
  @ParameterizedTest
  @CsvSource({
    "A, A",
    "a, A",
    "A N, A",
    "A T, A T",
    "a c, A C",
    "'  A   N  ', A",
    "'A\tT', A T",
    "E, E",
    "E N, E",
    "E T, E T",
    "E C, E C",
    "I, I",
    "i, I",
    "' I ', I",
    "L 8, L 8",
    "l 8, L 8",
    "L 1, L 1",
    "L 36, L 36",
    "L 255, L 255",
    "L 008, L 8",
  })
  void parses(String argument, String canonical) {
    assertEquals(canonical, RepresentationType.parse(argument).toArgument());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "X",
        "AN",
        "A X",
        "A N T",
        "A NN",
        "I N",
        "I 8",
        "L",
        "L ",
        "L 0",
        "L 256",
        "L 1000",
        "L -8",
        "L +8",
        "L 8 8",
        "L x",
        "L8",
        "E X",
        "\u0131",
        "\uff21",
        "AA",
        "L \uff18"
      })
  void rejects(String argument) {
    assertThrows(InvalidArgumentException.class, () -> RepresentationType.parse(argument));
  }

  @Test
  void knowsWhichTypesAreBinary() {
    assertTrue(RepresentationType.IMAGE.isBinary());
    assertTrue(RepresentationType.LOCAL_8.isBinary());
    assertFalse(new Local(16).isBinary());
    assertFalse(RepresentationType.ASCII.isBinary());
    assertFalse(RepresentationType.EBCDIC.isBinary());
  }

  @Test
  void parsesToTheConstants() {
    assertEquals(RepresentationType.ASCII, RepresentationType.parse("A"));
    assertEquals(RepresentationType.EBCDIC, RepresentationType.parse("E N"));
    assertEquals(RepresentationType.IMAGE, RepresentationType.parse("I"));
    assertEquals(RepresentationType.LOCAL_8, RepresentationType.parse("L 8"));
    assertEquals(new Ascii(FormatControl.TELNET), RepresentationType.parse("A T"));
  }

  @Test
  void checksItsParts() {
    assertThrows(NullPointerException.class, () -> new Ascii(null));
    assertThrows(NullPointerException.class, () -> new Ebcdic(null));
    assertThrows(IllegalArgumentException.class, () -> new Local(0));
    assertThrows(IllegalArgumentException.class, () -> new Local(256));
  }

  @Property(tries = 500)
  void roundTrips(@ForAll("types") RepresentationType type) {
    assertEquals(type, RepresentationType.parse(type.toArgument()));
    assertEquals(type, RepresentationType.parse(" " + type.toArgument().toLowerCase() + " "));
  }

  @Property(tries = 2000)
  void throwsOnlyItsException(@ForAll("typeLike") String text) {
    Fuzz.parsesOrThrowsOnly(text, RepresentationType::parse, InvalidArgumentException.class);
  }

  @Property(tries = 1000)
  void throwsOnlyItsExceptionOnAnyString(@ForAll @StringLength(max = 80) String text) {
    Fuzz.parsesOrThrowsOnly(text, RepresentationType::parse, InvalidArgumentException.class);
  }

  @Provide
  Arbitrary<RepresentationType> types() {
    Arbitrary<FormatControl> controls = Arbitraries.of(FormatControl.class);
    return Arbitraries.oneOf(
        controls.map(Ascii::new),
        controls.map(Ebcdic::new),
        Arbitraries.just(RepresentationType.IMAGE),
        Arbitraries.integers().between(1, 255).map(Local::new));
  }

  @Provide
  Arbitrary<String> typeLike() {
    return Arbitraries.strings().withChars("AEILNTCaeilntc0123456789 \t-").ofMaxLength(8);
  }
}
