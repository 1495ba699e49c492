package dev.ferry.ftp.protocol.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.Fuzz;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OptsArgumentTest {
  // RFC 2389 §4: OPTS <command-name> [<command-options>]; RFC 3659 §7.9 and the HASH draft §3.2
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "UTF8 ON| UTF8| ON",
        "utf8 on| UTF8| on",
        "MLST type;size;modify;| MLST| type;size;modify;",
        "MLST| MLST| ''",
        "HASH SHA-512| HASH| SHA-512",
        "HASH| HASH| ''",
        "'  MODE   Z LEVEL 9  '| MODE| Z LEVEL 9",
        "'UTF-8\tON'| UTF-8| ON",
      })
  void parses(String argument, String name, String options) {
    OptsArgument opts = OptsArgument.parse(argument);
    assertEquals(name, opts.commandName());
    assertEquals(options, opts.options());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "MLST* type;", "A\u00e9 x", "UTF8 O\rN", "ABCDEFGHIJKLMNOPQ x"})
  void rejects(String argument) {
    assertThrows(InvalidArgumentException.class, () -> OptsArgument.parse(argument));
  }

  @Test
  void formatsAndMatches() {
    OptsArgument opts = new OptsArgument("hash", "SHA-1");
    assertEquals("HASH SHA-1", opts.toArgument());
    assertEquals("UTF8", new OptsArgument("UTF8", "").toArgument());
    assertTrue(opts.isFor("Hash"));
    assertFalse(opts.isFor("MLST"));
    assertThrows(IllegalArgumentException.class, () -> new OptsArgument("", "x"));
    assertThrows(IllegalArgumentException.class, () -> new OptsArgument("UTF8", " ON"));
  }

  @Property(tries = 500)
  void roundTrips(@ForAll("arguments") OptsArgument opts) {
    assertEquals(opts, OptsArgument.parse(opts.toArgument()));
  }

  @Property(tries = 1000)
  void throwsOnlyItsException(@ForAll @StringLength(max = 80) String text) {
    Fuzz.parsesOrThrowsOnly(text, OptsArgument::parse, InvalidArgumentException.class);
  }

  @Provide
  Arbitrary<OptsArgument> arguments() {
    Arbitrary<String> names =
        Arbitraries.strings().withChars("ABCXYZabcxyz019-").ofMinLength(1).ofMaxLength(16);
    Arbitrary<String> options =
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20).map(String::strip);
    return Combinators.combine(names, options).as(OptsArgument::new);
  }
}
