package dev.ferry.ftp.protocol.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ferry.ftp.protocol.Fuzz;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import java.util.OptionalLong;
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

class ChecksumArgumentTest {
  // the XCRC usage of draft-bryan-ftpext-hash-02 Appendix B: XCRC <filename> SP EP
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "file.bin; file.bin; ; ",
        "file.bin 512; file.bin; 512; ",
        "file.bin 0 1023; file.bin; 0; 1023",
        "'  file.bin   0   1023 '; file.bin; 0; 1023",
        "my file.bin; my file.bin; ; ",
        "my file.bin 5 9; my file.bin; 5; 9",
        "report 2024; report; 2024; ",
        "2024; 2024; ; ",
        "2024 1; 2024; 1; ",
        "a 1 2 3; a 1; 2; 3",
        "'\"my file 1 2\"'; my file 1 2; ; ",
        "'\"my file\" 0 7'; my file; 0; 7",
        "'\"x\"'; x; ; ",
      })
  void parses(String argument, String pathname, Long start, Long end) {
    ChecksumArgument parsed = ChecksumArgument.parse(argument);
    assertEquals(pathname, parsed.pathname());
    assertEquals(start == null ? OptionalLong.empty() : OptionalLong.of(start), parsed.start());
    assertEquals(end == null ? OptionalLong.empty() : OptionalLong.of(end), parsed.end());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "\"\"",
        "\"a",
        "\"a\"b",
        "\"a\" x",
        "\"a\" 1 2 3",
        "f 5 4",
        "\"f\" 5 4",
        "f 99999999999999999999",
        "f\u0000",
        "a\"b"
      })
  void rejects(String argument) {
    assertThrows(InvalidArgumentException.class, () -> ChecksumArgument.parse(argument));
  }

  @Test
  void checksItsParts() {
    assertThrows(IllegalArgumentException.class, () -> ChecksumArgument.of(""));
    assertThrows(IllegalArgumentException.class, () -> ChecksumArgument.of("a\"b c"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ChecksumArgument("f", OptionalLong.empty(), OptionalLong.of(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ChecksumArgument("f", OptionalLong.of(-1), OptionalLong.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ChecksumArgument("f", OptionalLong.of(2), OptionalLong.of(1)));
    assertEquals("\"my file\"", ChecksumArgument.of("my file").toArgument());
    assertEquals(
        "f 1 2", new ChecksumArgument("f", OptionalLong.of(1), OptionalLong.of(2)).toArgument());
  }

  @Property(tries = 1000)
  void roundTrips(@ForAll("arguments") ChecksumArgument argument) {
    assertEquals(argument, ChecksumArgument.parse(argument.toArgument()));
  }

  @Property(tries = 2000)
  void throwsOnlyItsException(@ForAll("argumentLike") String text) {
    Fuzz.parsesOrThrowsOnly(text, ChecksumArgument::parse, InvalidArgumentException.class);
  }

  @Property(tries = 1000)
  void throwsOnlyItsExceptionOnAnyString(@ForAll @StringLength(max = 80) String text) {
    Fuzz.parsesOrThrowsOnly(text, ChecksumArgument::parse, InvalidArgumentException.class);
  }

  @Provide
  Arbitrary<ChecksumArgument> arguments() {
    Arbitrary<String> pathnames =
        Arbitraries.strings()
            .withChars("ab 1\t.x/")
            .ofMinLength(1)
            .ofMaxLength(12)
            .map(String::strip)
            .filter(p -> !p.isEmpty());
    Arbitrary<Long> offsets = Arbitraries.longs().between(0, Long.MAX_VALUE);
    return Combinators.combine(pathnames, offsets, offsets, Arbitraries.integers().between(0, 2))
        .as(
            (pathname, a, b, count) ->
                switch (count) {
                  case 0 -> ChecksumArgument.of(pathname);
                  case 1 ->
                      new ChecksumArgument(pathname, OptionalLong.of(a), OptionalLong.empty());
                  default ->
                      new ChecksumArgument(
                          pathname,
                          OptionalLong.of(Math.min(a, b)),
                          OptionalLong.of(Math.max(a, b)));
                });
  }

  @Provide
  Arbitrary<String> argumentLike() {
    return Arbitraries.strings().withChars("ab\" 019\t-").ofMaxLength(20);
  }
}
