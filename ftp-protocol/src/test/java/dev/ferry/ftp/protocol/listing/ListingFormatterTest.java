package dev.ferry.ftp.protocol.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListingFormatterTest {
  static final Instant NOW = Instant.parse("2024-06-15T12:00:00Z");
  static final ListingFormatter FORMATTER =
      ListingFormatter.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

  static ListingEntry.Builder ferry(String name, EntryType type, String modified) {
    return ListingEntry.builder(name, type)
        .owner("ferry")
        .group("ferry")
        .linkCount(1)
        .modified(ListingTime.exact(Instant.parse(modified)));
  }

  @Test
  void formatsTheColumnsOfLsAndVsftpd() {
    ListingEntry docs =
        ferry("docs", EntryType.DIRECTORY, "2024-01-05T12:34:56Z")
            .mode(0755).linkCount(2).size(4096).build();
    assertEquals("drwxr-xr-x    2 ferry    ferry        4096 Jan  5 12:34 docs",
        FORMATTER.formatList(docs));
    ListingEntry old =
        ferry("report 2023.pdf", EntryType.FILE, "2023-03-30T08:00:00Z")
            .mode(0644).size(104857).build();
    assertEquals("-rw-r--r--    1 ferry    ferry      104857 Mar 30  2023 report 2023.pdf",
        FORMATTER.formatList(old));
    ListingEntry link =
        ferry("latest", EntryType.SYMLINK, "2024-01-05T12:34:00Z")
            .mode(0777).size(10).linkTarget("report.pdf").build();
    assertEquals("lrwxrwxrwx    1 ferry    ferry          10 Jan  5 12:34 latest -> report.pdf",
        FORMATTER.formatList(link));
  }

  @ParameterizedTest
  @CsvSource({
    // six months (half of 365.2425 days, 15778476 s) before now: the year, a second later: the time
    "2023-12-15T21:05:24Z, Dec 15  2023",
    "2023-12-15T21:05:25Z, Dec 15 21:05",
    "2024-06-15T11:59:59Z, Jun 15 11:59",
    // the future: the time within the one-minute skew, the year beyond it
    "2024-06-15T12:00:59Z, Jun 15 12:00",
    "2024-06-15T12:01:00Z, Jun 15  2024",
    "2025-01-01T00:00:00Z, Jan  1  2025",
    "1970-01-01T00:00:00Z, Jan  1  1970",
    "0999-02-03T00:00:00Z, Feb  3  0999",
    "0009-02-03T00:00:00Z, Feb  3  0009",
  })
  void appliesTheSixMonthRule(String time, String shown) {
    ListingEntry e =
        ferry("f", EntryType.FILE, time).mode(0644).size(0).build();
    assertEquals("-rw-r--r--    1 ferry    ferry           0 " + shown + " f",
        FORMATTER.formatList(e));
  }

  @Test
  void clampsTimesOutsideFourDigitYears() {
    ListingEntry future = ListingEntry.builder("f", EntryType.FILE)
        .modified(ListingTime.exact(Instant.MAX)).build();
    assertEquals("-rw-r--r--    1 ftp      ftp             0 Dec 31  9999 f",
        FORMATTER.formatList(future));
    ListingEntry past = future.toBuilder().modified(ListingTime.exact(Instant.MIN)).build();
    assertEquals("-rw-r--r--    1 ftp      ftp             0 Jan  1  0000 f",
        FORMATTER.formatList(past));
  }

  @Test
  void fillsInMissingDetailsAsServersDo() {
    assertEquals("-rw-r--r--    1 ftp      ftp             0 Jan  1  1970 bare",
        FORMATTER.formatList(ListingEntry.builder("bare", EntryType.FILE).build()));
    assertEquals("drwxr-xr-x    1 ftp      ftp             0 Jan  1  1970 .",
        FORMATTER.formatList(ListingEntry.builder(".", EntryType.CURRENT_DIRECTORY)
            .owner("").group("").build()));
    ListingFormatter named = ListingFormatter.builder()
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).defaultOwner("nobody").defaultGroup("nogroup")
        .build();
    assertEquals("?rw-r--r--    1 nobody   nogroup         0 Jan  1  1970 odd",
        named.formatList(ListingEntry.builder("odd", EntryType.OTHER).build()));
  }

  @ParameterizedTest
  @CsvSource({
    "FILE, 04755, -rwsr-xr-x",
    "FILE, 04644, -rwSr--r--",
    "DIRECTORY, 02750, drwxr-s---",
    "DIRECTORY, 02740, drwxr-S---",
    "DIRECTORY, 01777, drwxrwxrwt",
    "DIRECTORY, 01770, drwxrwx--T",
    "FILE, 07000, ---S--S--T",
    "FILE, 07777, -rwsrwsrwt",
    "FILE, 0, ----------",
    "CHARACTER_DEVICE, 0620, crw--w----",
    "BLOCK_DEVICE, 0660, brw-rw----",
    "FIFO, 0644, prw-r--r--",
    "SOCKET, 0777, srwxrwxrwx",
    "PARENT_DIRECTORY, 0755, drwxr-xr-x",
    "SYMLINK, 0777, lrwxrwxrwx",
  })
  void writesTypeAndPermissionLetters(EntryType type, String octal, String letters) {
    ListingEntry e = ListingEntry.builder("x", type).mode(Integer.parseInt(octal, 8)).build();
    assertEquals(letters, FORMATTER.formatList(e).substring(0, 10));
  }

  @Test
  void widensColumnsForWideValues() {
    ListingEntry e =
        ferry("big", EntryType.FILE, "2024-01-05T12:34:00Z")
            .mode(0644).linkCount(123456).owner("averylongowner").group("g").size(123456789012L)
            .build();
    assertEquals("-rw-r--r-- 123456 averylongowner g        123456789012 Jan  5 12:34 big",
        FORMATTER.formatList(e));
  }

  @Test
  void showsTimesInTheConfiguredZoneWithEnglishMonthsWhateverTheLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      ListingFormatter berlin = ListingFormatter.builder()
          .clock(Clock.fixed(NOW, ZoneOffset.UTC)).zone(ZoneId.of("Europe/Berlin")).build();
      ListingEntry may = ferry("m", EntryType.FILE, "2024-05-31T22:30:00Z").mode(0644).build();
      assertEquals("-rw-r--r--    1 ferry    ferry           0 Jun  1 00:30 m",
          berlin.formatList(may));
      ListingEntry march = ferry("m", EntryType.FILE, "2023-03-01T00:00:00Z").mode(0644).build();
      assertEquals("-rw-r--r--    1 ferry    ferry           0 Mar  1  2023 m",
          berlin.formatList(march));
      assertEquals(ZoneId.of("Europe/Berlin"), berlin.zone());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void keepsHostileNamesOnOneLine() {
    ListingEntry evil =
        ferry("x\r\n-rw-r--r-- 1 root root 0 Jan 1 00:00 fake", EntryType.SYMLINK,
                "2024-01-05T12:34:00Z")
            .mode(0777).owner("o\nx").linkTarget("t\r").build();
    String line = FORMATTER.formatList(evil);
    assertEquals(
        "lrwxrwxrwx    1 o?x      ferry           0 Jan  5 12:34 "
            + "x??-rw-r--r-- 1 root root 0 Jan 1 00:00 fake -> t?",
        line);
    assertEquals("x??-rw-r--r-- 1 root root 0 Jan 1 00:00 fake",
        FORMATTER.appendNlst(new StringBuilder(), evil).toString());
  }

  @Test
  void nlstIsTheNameAlone() {
    ListingEntry e = ferry(" spaced name ", EntryType.FILE, "2024-01-05T12:34:00Z").build();
    StringBuilder out = new StringBuilder();
    FORMATTER.appendNlst(out, e).append("\r\n");
    FORMATTER.appendNlst(out, e).append("\r\n");
    assertEquals(" spaced name \r\n spaced name \r\n", out.toString());
  }

  @Test
  void appendsToOneReusedBuilder() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      ListingEntry e = ferry("f" + i, EntryType.FILE, "2024-01-05T12:34:00Z").mode(0644).build();
      FORMATTER.appendList(out, e).append("\r\n");
    }
    assertEquals(3, out.toString().split("\r\n").length);
    assertEquals(FORMATTER.formatList(ferry("f2", EntryType.FILE, "2024-01-05T12:34:00Z")
        .mode(0644).build()), out.toString().split("\r\n")[2]);
  }

  @Test
  void builderChecksItsArguments() {
    var b = ListingFormatter.builder();
    assertThrows(IllegalArgumentException.class, () -> b.futureSkew(Duration.ofDays(1)));
    assertThrows(IllegalArgumentException.class, () -> b.futureSkew(Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class, () -> b.defaultOwner("two words"));
    assertThrows(IllegalArgumentException.class, () -> b.defaultOwner(""));
    assertThrows(IllegalArgumentException.class, () -> b.defaultGroup("a\nb"));
    assertThrows(IllegalArgumentException.class, () -> b.defaultGroup("a\rb"));
    assertThrows(NullPointerException.class, () -> b.zone(null));
    assertThrows(NullPointerException.class, () -> b.clock(null));
    ListingFormatter noSkew = b.futureSkew(Duration.ZERO).clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build();
    ListingEntry now = ferry("n", EntryType.FILE, "2024-06-15T12:00:00Z").mode(0644).build();
    assertEquals("-rw-r--r--    1 ferry    ferry           0 Jun 15  2024 n",
        noSkew.formatList(now));
    assertEquals(ZoneOffset.UTC, ListingFormatter.create().zone());
  }
}
