package dev.ferry.ftp.protocol.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ferry.ftp.protocol.Fuzz;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import java.util.Optional;
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

class ByteRangeTest {
  // draft-bryan-ftpext-hash-02 §3.4 (RANG 0 49) and draft-bryan-ftp-range-08 §4.4
  @ParameterizedTest
  @CsvSource({
    "0 49, 0, 49, 50",
    "802816 1000000, 802816, 1000000, 197185",
    "'  7\t7 ', 7, 7, 1",
    "0 9223372036854775806, 0, 9223372036854775806, 9223372036854775807",
  })
  void parsesRangArguments(String argument, long start, long end, long length) {
    ByteRange range = ByteRange.parseRangArgument(argument).orElseThrow();
    assertEquals(new ByteRange(start, end), range);
    assertEquals(length, range.length());
    assertEquals(start + " " + end, range.toRangArgument());
    assertEquals(start + "-" + end, range.toString());
  }

  @Test
  void readsRang1_0AsTheReset() {
    // draft-bryan-ftp-range-08 §3: 'To reset the range command, "RANG 1 0" should be issued'
    assertEquals(Optional.empty(), ByteRange.parseRangArgument("1 0"));
    assertEquals(Optional.empty(), ByteRange.parseRangArgument(ByteRange.RESET_ARGUMENT));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "0",
        "0 1 2",
        "5 4",
        "2 0",
        "-1 5",
        "0 -5",
        "+1 5",
        "a b",
        "0x10 20",
        "1.5 2",
        "0 9223372036854775807",
        "0 9223372036854775808",
        "0 99999999999999999999",
        "\uff11 2",
        "0,49"
      })
  void rejectsBadRangArguments(String argument) {
    assertThrows(InvalidArgumentException.class, () -> ByteRange.parseRangArgument(argument));
  }

  @Test
  void checksItsEnds() {
    assertThrows(IllegalArgumentException.class, () -> new ByteRange(-1, 0));
    assertThrows(IllegalArgumentException.class, () -> new ByteRange(5, 4));
    assertThrows(IllegalArgumentException.class, () -> new ByteRange(0, Long.MAX_VALUE));
  }

  @Property(tries = 1000)
  void roundTrips(@ForAll("ranges") ByteRange range) {
    assertEquals(Optional.of(range), ByteRange.parseRangArgument(range.toRangArgument()));
  }

  @Property(tries = 2000)
  void throwsOnlyItsException(@ForAll("rangLike") String text) {
    Fuzz.parsesOrThrowsOnly(text, ByteRange::parseRangArgument, InvalidArgumentException.class);
  }

  @Property(tries = 1000)
  void throwsOnlyItsExceptionOnAnyString(@ForAll @StringLength(max = 80) String text) {
    Fuzz.parsesOrThrowsOnly(text, ByteRange::parseRangArgument, InvalidArgumentException.class);
  }

  @Provide
  static Arbitrary<ByteRange> ranges() {
    Arbitrary<Long> offsets =
        Arbitraries.oneOf(
            Arbitraries.longs().between(0, 1 << 20),
            Arbitraries.longs().between(0, Long.MAX_VALUE - 1));
    return Combinators.combine(offsets, offsets)
        .as((a, b) -> new ByteRange(Math.min(a, b), Math.max(a, b)));
  }

  @Provide
  Arbitrary<String> rangLike() {
    return Arbitraries.strings().withChars("0123456789 -+\t").ofMaxLength(45);
  }
}
