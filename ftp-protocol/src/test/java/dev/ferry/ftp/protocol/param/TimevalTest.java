package dev.ferry.ftp.protocol.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.Fuzz;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.param.Timeval.TimedPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimevalTest {
  @ParameterizedTest
  @CsvSource({
    // RFC 3659 §3.4: "213 19980615100045.014" (milliseconds)
    "19980615100045.014, 1998-06-15T10:00:45.014Z, 3, MILLIS",
    // RFC 3659 §7.7.3 modify facts
    "19981107085215, 1998-11-07T08:52:15Z, 0, SECONDS",
    "19940728095854, 1994-07-28T09:58:54Z, 0, SECONDS",
    // one and two fraction digits never claim milliseconds
    "20240105123456.5, 2024-01-05T12:34:56.5Z, 1, SECONDS",
    "20240105123456.05, 2024-01-05T12:34:56.05Z, 2, SECONDS",
    "20240105123456.123456, 2024-01-05T12:34:56.123456Z, 6, MICROS",
    "20240105123456.123456789, 2024-01-05T12:34:56.123456789Z, 9, NANOS",
    // digits past the ninth are dropped, not rounded
    "20240105123456.1234567899, 2024-01-05T12:34:56.123456789Z, 9, NANOS",
    "20000229000000, 2000-02-29T00:00:00Z, 0, SECONDS",
    "00000101000000, 0000-01-01T00:00:00Z, 0, SECONDS",
    "99991231235959.999999999, 9999-12-31T23:59:59.999999999Z, 9, NANOS",
    // a leap second reads as the last moment of 23:59:59 the value's digits can state
    "20161231235960, 2016-12-31T23:59:59Z, 0, SECONDS",
    "20150630235960.5, 2015-06-30T23:59:59.9Z, 1, SECONDS",
    "20150630235960.123, 2015-06-30T23:59:59.999Z, 3, MILLIS",
  })
  void parsesRfcTimeValues(String text, String instant, int digits, ChronoUnit precision) {
    Timeval t = Timeval.parse(text);
    assertEquals(Instant.parse(instant), t.instant());
    assertEquals(digits, t.fractionDigits());
    assertEquals(precision, t.precision());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2024010512345",
        "202401051234567",
        "20240105123456.",
        "20240105123456,5",
        "20240105123456.5x",
        "20240105123456 ",
        " 20240105123456",
        "2024-1-05123456",
        "20241305123456",
        "20240005123456",
        "20240100123456",
        "20240132123456",
        "20230229123456",
        "19000229000000",
        "20240431000000",
        "20240105243456",
        "20240105126056",
        "20240105123461",
        "20240105123460", // 60 only at 23:59
        "20240105235860",
        "２０２４0105123456", // full-width digits are not ASCII digits
      })
  void rejectsInvalidTimeValues(String text) {
    var e = assertThrows(InvalidArgumentException.class, () -> Timeval.parse(text));
    assertTrue(e.getMessage().contains("RFC 3659"), e.getMessage());
  }

  @Test
  void formatsToTheChosenPrecision() {
    Instant t = Instant.parse("2024-01-05T12:34:56.123456789Z");
    assertEquals("20240105123456", Timeval.format(t, ChronoUnit.SECONDS));
    assertEquals("20240105123456.123", Timeval.format(t, ChronoUnit.MILLIS));
    assertEquals("20240105123456.123456", Timeval.format(t, ChronoUnit.MICROS));
    assertEquals("20240105123456.123456789", Timeval.format(t, ChronoUnit.NANOS));
    assertEquals("00010203040506.007", Timeval.format(Instant.parse("0001-02-03T04:05:06.007Z"),
        ChronoUnit.MILLIS));
    assertEquals(Instant.parse("2024-01-05T12:34:56.123Z"),
        Timeval.of(t, ChronoUnit.MILLIS).instant());
    assertEquals("x=20240105123456",
        Timeval.of(t, ChronoUnit.SECONDS).appendTo(new StringBuilder("x=")).toString());
  }

  @Test
  void rejectsWhatCannotBeWritten() {
    Instant t = Instant.parse("2024-01-05T12:34:56Z");
    assertThrows(IllegalArgumentException.class, () -> Timeval.of(t, ChronoUnit.MINUTES));
    assertThrows(IllegalArgumentException.class, () -> new Timeval(t, 10));
    assertThrows(IllegalArgumentException.class, () -> new Timeval(t, -1));
    assertThrows(IllegalArgumentException.class,
        () -> new Timeval(Timeval.MAX.plusNanos(1), 0));
    assertThrows(IllegalArgumentException.class,
        () -> new Timeval(Timeval.MIN.minusNanos(1), 0));
    assertThrows(NullPointerException.class, () -> Timeval.parse(null));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "20240105123456 notes.txt|20240105123456|notes.txt",
        "20240105123456 my file.txt|20240105123456|my file.txt",
        "'20240105123456  leading space'|20240105123456|' leading space'",
        "20240105123456.5 /a/b|20240105123456.5|/a/b",
      })
  void parsesMfmtArguments(String argument, String time, String path) {
    TimedPath p = TimedPath.parseArgument(argument);
    assertEquals(Timeval.parse(time), p.time());
    assertEquals(path, p.path());
    assertEquals(argument, p.toArgument());
    assertEquals(argument, p.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "20240105123456", "20240105123456 ", "2024010512345 x", "x y"})
  void rejectsMalformedMfmtArguments(String argument) {
    assertThrows(InvalidArgumentException.class, () -> TimedPath.parseArgument(argument));
  }

  @Test
  void parsesAndFormatsMfmtAndMfctReplies() {
    // draft-somers-ftp-mfxx §3.2: "213 Modify=20020717210715; /path/file"
    TimedPath modified = TimedPath.parseReply(TimedPath.MODIFY, "Modify=20020717210715; /path/file");
    assertEquals(Instant.parse("2002-07-17T21:07:15Z"), modified.time().instant());
    assertEquals("/path/file", modified.path());
    assertEquals("Modify=20020717210715; /path/file", modified.toReply(TimedPath.MODIFY));
    TimedPath created = TimedPath.parseReply(TimedPath.CREATE, "create=20020717210715; a; b=c");
    assertEquals("a; b=c", created.path());
    assertEquals("Create=20020717210715; a; b=c", created.toReply(TimedPath.CREATE));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Modify",
        "Modify=",
        "Modify=20020717210715",
        "Modify=20020717210715;",
        "Modify=20020717210715; ",
        "Modify=20020717210715;/path",
        "Create=20020717210715; /path",
        "Modify 20020717210715; /path",
        "Modify=2002071721071; /path",
      })
  void rejectsMalformedReplies(String text) {
    assertThrows(InvalidArgumentException.class, () -> TimedPath.parseReply("Modify", text));
  }

  @Test
  void timedPathNeedsAPath() {
    Timeval t = Timeval.parse("20240105123456");
    assertThrows(IllegalArgumentException.class, () -> new TimedPath(t, ""));
  }

  @Property(tries = 1000)
  void formatThenParseIsTheIdentity(
      @ForAll("instants") Instant instant, @ForAll @IntRange(min = 0, max = 9) int digits) {
    Timeval t = new Timeval(instant, digits);
    String text = t.toString();
    assertEquals(14 + (digits == 0 ? 0 : 1 + digits), text.length());
    assertEquals(t, Timeval.parse(text));
    assertTrue(!t.instant().isAfter(instant) && t.instant().isAfter(instant.minusSeconds(1)));
  }

  @Property(tries = 1500)
  void parseOnlyEverThrowsInvalidArgument(@ForAll("timeLike") String text) {
    try {
      Timeval t = Timeval.parse(text);
      assertEquals(t, Timeval.parse(t.toString()));
    } catch (InvalidArgumentException expected) {
      // the declared failure
    }
  }

  @Property(tries = 1000)
  void mfmtParsersOnlyEverThrowInvalidArgument(@ForAll String text) {
    Fuzz.throwsOnly(text, TimedPath::parseArgument, InvalidArgumentException.class);
    Fuzz.throwsOnly(
        text, t -> TimedPath.parseReply(TimedPath.MODIFY, t), InvalidArgumentException.class);
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Combinators.combine(
            Arbitraries.longs().between(Timeval.MIN.getEpochSecond(), Timeval.MAX.getEpochSecond()),
            Arbitraries.integers().between(0, 999_999_999))
        .as(Instant::ofEpochSecond);
  }

  /** Mostly digits, so the fuzz reaches the range checks and not only the first character. */
  @Provide
  Arbitrary<String> timeLike() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789.").ofMinLength(12).ofMaxLength(26),
        Arbitraries.strings().withChars("0123456789.x ").ofMaxLength(20),
        Arbitraries.strings().ofMaxLength(30));
  }
}
