package dev.ferry.ftp.protocol.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Windows/IIS, EPLF, VMS and NetWare lines, MLSx through the parser, and detection. */
class DialectParsersTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-15T12:00:00Z"), ZoneOffset.UTC);

  static ListingParser only(ListingDialect dialect) {
    return ListingParser.builder().dialects(dialect).clock(CLOCK).build();
  }

  static final ListingParser WINDOWS = only(ListingDialect.WINDOWS);
  static final ListingParser EPLF = only(ListingDialect.EPLF);
  static final ListingParser VMS = only(ListingDialect.VMS);
  static final ListingParser NETWARE = only(ListingDialect.NETWARE);
  static final ListingParser AUTO = ListingParser.builder().clock(CLOCK).build();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // IIS, 12-hour clock, two-digit years (Commons Net's NTFTPEntryParserTest samples)
        "01-05-24  12:34PM       <DIR>          aspnet_client|DIRECTORY|aspnet_client|-1|2024-01-05T12:34:00Z|true",
        "01-05-24  12:34AM                  689 iisstart.htm|FILE|iisstart.htm|689|2024-01-05T00:34:00Z|true",
        "05-26-95  10:57AM               143712 $LDR$|FILE|$LDR$|143712|1995-05-26T10:57:00Z|true",
        "12-05-96  05:03PM       <DIR>          absoft2|DIRECTORY|absoft2|-1|1996-12-05T17:03:00Z|true",
        "05-22-97  12:08AM                  5000000000 10 years and under|FILE|10 years and under|5000000000|1997-05-22T00:08:00Z|true",
        "12-03-96  06:38PM       <DIR>           10 years and under|DIRECTORY|10 years and under|-1|1996-12-03T18:38:00Z|true",
        // four-digit years; 24-hour clock of Windows CE
        "05-26-1995  10:57AM               143712 $LDR$|FILE|$LDR$|143712|1995-05-26T10:57:00Z|false",
        "12-05-96  17:03         <DIR>          absoft2|DIRECTORY|absoft2|-1|1996-12-05T17:03:00Z|true",
        "09-13-10  13:08                   23 Control Panel.lnk|FILE|Control Panel.lnk|23|2010-09-13T13:08:00Z|true",
        "01-05-2024  00:00       1,234,567 big.iso|FILE|big.iso|1234567|2024-01-05T00:00:00Z|false",
        // Windows "dir" style: slashes, AM/PM apart, junctions
        "01/05/2024  12:34 PM    <DIR>          Program Files|DIRECTORY|Program Files|-1|2024-01-05T12:34:00Z|false",
        "06-01-24  09:00AM       <JUNCTION>     Application Data|SYMLINK|Application Data|-1|2024-06-01T09:00:00Z|true",
        // a two-digit year is placed within 80 years back and 20 ahead
        "01-05-44  09:00AM                    1 future|FILE|future|1|2044-01-05T09:00:00Z|true",
        "01-05-45  09:00AM                    1 past|FILE|past|1|1945-01-05T09:00:00Z|true",
      })
  void parsesWindowsLines(
      String line, EntryType type, String name, long size, String time, boolean inferred) {
    ListingEntry e = WINDOWS.parse(line).orElseThrow();
    assertEquals(type, e.type());
    assertEquals(name, e.name());
    assertEquals(size < 0 ? OptionalLong.empty() : OptionalLong.of(size), e.size());
    assertEquals(
        new ListingTime(Instant.parse(time), ChronoUnit.MINUTES, inferred),
        e.modified().orElseThrow());
    assertEquals(e, AUTO.parse(line).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "20-05-97  03:31PM                  681 .bash_history",
        "     0           DIR   05-19-97   12:56  local",
        "05-26-95  10:57XM 1 a",
        "05-26-95  13:57PM 1 a",
        "05-26-95  00:57AM 1 a",
        "05-26-95  10:57AM",
        "05-26-95  10:57AM       1",
        "05-26-95  10:57AM       1 ",
        "05-26-95  10:57AM  1,,2 a",
        "05-26-95  10:57AM  ,12 a",
        "05-26-95  1057AM  12 a",
        "05-26-95  10:5AM  12 a",
        "05-26-95  10:60  12 a",
        "02-30-95  10:00  12 a",
        "05-26/95  10:00  12 a",
        "05-26-1995x  10:00  12 a",
      })
  void rejectsMalformedWindowsLines(String line) {
    assertThrows(ListingFormatException.class, () -> WINDOWS.parse(line));
  }

  @Test
  void parsesEplfLines() {
    // cr.yp.to/ftp/list/eplf.html
    ListingEntry file = EPLF.parse("+i8388621.48594,m825718503,r,s280,\tdjb.html").orElseThrow();
    assertEquals(EntryType.FILE, file.type());
    assertEquals("djb.html", file.name());
    assertEquals(OptionalLong.of(280), file.size());
    assertEquals(Optional.of("8388621.48594"), file.unique());
    assertEquals(
        ListingTime.of(Instant.ofEpochSecond(825718503), ChronoUnit.SECONDS),
        file.modified().orElseThrow());
    ListingEntry dir = EPLF.parse("+i8388621.50690,m824255907,/,\t514").orElseThrow();
    assertEquals(EntryType.DIRECTORY, dir.type());
    assertEquals("514", dir.name());
    ListingEntry rfc = EPLF.parse("+i8388621.44468,m839956783,r,s10376,\tRFCEPLF").orElseThrow();
    assertEquals(OptionalLong.of(10376), rfc.size());
    ListingEntry moded = EPLF.parse("+m825718503,/,up755,uother,\tpub dir").orElseThrow();
    assertEquals(0755, moded.mode().orElseThrow());
    assertEquals("pub dir", moded.name());
    assertEquals(EntryType.OTHER, EPLF.parse("+x,\tunknown").orElseThrow().type());
    assertEquals(EntryType.FILE, EPLF.parse("+r\tno trailing comma").orElseThrow().type());
    assertEquals(file, AUTO.parse(file.rawLine().orElseThrow()).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+i1,m12x,\tname",
        "+i1,r",
        "+s,\tname",
        "+s-1,\tname",
        "+up9,\tname",
        "+up,\tname",
        "+up12345678,\tname",
        "+m99999999999999999,\tname",
        "+r,\t",
        "-r,\tname",
      })
  void rejectsMalformedEplfLines(String line) {
    assertThrows(ListingFormatException.class, () -> EPLF.parse(line));
  }

  @Test
  void parsesVmsListings() {
    List<String> listing =
        List.of(
            "Directory USER1:[TEST]",
            "",
            "1-JUN.LIS;1              9/9           2-JUN-1998 07:32:04  [GROUP,OWNER]    (RWED,RWED,RWED,RE)",
            "DATA.DIR;1               1/3          13-NOV-2001 15:03:48  [SYSTEM]         (RWE,RWE,RE,RE)",
            "LOGIN.COM;2                1  15-MAR-2024 09:05",
            "X.TXT;3   2/3  5-JAN-2024 12:34:56.78  [ADMIN,JOE]  (RWED,RWED,R,)",
            "",
            "Total of 4 files, 13/16 blocks.",
            "Grand total of 1 directory, 4 files, 13/16 blocks.");
    List<ListingEntry> entries =
        listing.stream().map(VMS::parse).flatMap(Optional::stream).toList();
    assertEquals(4, entries.size());
    ListingEntry lis = entries.get(0);
    assertEquals("1-JUN.LIS", lis.name());
    assertEquals(EntryType.FILE, lis.type());
    assertEquals(OptionalLong.of(9 * 512), lis.size());
    assertEquals(Optional.of("OWNER"), lis.owner());
    assertEquals(Optional.of("GROUP"), lis.group());
    assertEquals(
        ListingTime.of(Instant.parse("1998-06-02T07:32:04Z"), ChronoUnit.SECONDS),
        lis.modified().orElseThrow());
    ListingEntry data = entries.get(1);
    assertEquals("DATA", data.name());
    assertEquals(EntryType.DIRECTORY, data.type());
    assertEquals(Optional.of("SYSTEM"), data.owner());
    assertEquals(Optional.empty(), data.group());
    ListingEntry login = entries.get(2);
    assertEquals(
        ListingTime.of(Instant.parse("2024-03-15T09:05:00Z"), ChronoUnit.MINUTES),
        login.modified().orElseThrow());
    assertEquals(Optional.empty(), login.owner());
    assertEquals(
        Instant.parse("2024-01-05T12:34:56.78Z"), entries.get(3).modified().orElseThrow().instant());
    assertEquals(entries, listing.stream().map(AUTO::parse).flatMap(Optional::stream).toList());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "LONGNAME_THAT_VMS_WRAPS.TXT;1",
        "A.B;x  1  2-JUN-1998 07:32",
        "A.B;1  x  2-JUN-1998 07:32",
        "A.B;1  1/x  2-JUN-1998 07:32",
        "A.B;1  1  2-JUX-1998 07:32",
        "A.B;1  1  2-JUN-98 07:32",
        "A.B;1  1  31-FEB-1998 07:32",
        "A.B;1  1  2-JUN-1998 7:32",
        "A.B;1  1  2-JUN-1998 07:32:1",
        "A.B;1  1  2-JUN-1998 07:32:10.5",
        "A.B;1  1  2-JUN-1998",
        "A.B;1  1  2-JUN-1998 07:32 [OWNER",
        "A.B;1  1  2-JUN-1998 07:32 (RWED",
        "A.B;1  1  2-JUN-1998 07:32 trailing",
        ";1  1  2-JUN-1998 07:32",
      })
  void rejectsMalformedVmsLines(String line) {
    assertThrows(ListingFormatException.class, () -> VMS.parse(line));
  }

  @Test
  void parsesNetwareLines() {
    ListingEntry dir =
        NETWARE.parse("d [R----F--] supervisor            512       Jan 16 18:53    login")
            .orElseThrow();
    assertEquals(EntryType.DIRECTORY, dir.type());
    assertEquals("login", dir.name());
    assertEquals(Optional.of("supervisor"), dir.owner());
    assertEquals(OptionalLong.of(512), dir.size());
    assertEquals(
        new ListingTime(Instant.parse("2024-01-16T18:53:00Z"), ChronoUnit.MINUTES, true),
        dir.modified().orElseThrow());
    ListingEntry file =
        NETWARE.parse("- [RWCEAFMS] rhiggins             1099       Feb 28  2023    .login x")
            .orElseThrow();
    assertEquals(EntryType.FILE, file.type());
    assertEquals(".login x", file.name());
    assertEquals(
        ListingTime.of(Instant.parse("2023-02-28T00:00:00Z"), ChronoUnit.DAYS),
        file.modified().orElseThrow());
    String vol = "d [-W---F--] SCION_VOL2                        512 Apr 13 23:52 VOL2";
    assertEquals("VOL2", NETWARE.parse(vol).orElseThrow().name());
    assertEquals(dir, AUTO.parse(dir.rawLine().orElseThrow()).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "d [RWCEAFMS] x 1 Foo 1 12:00 y",
        "d [RWCEAFMS] x 1 Jan 1 12.00 y",
        "d [RWCEAFMS] x 1 Jan 1 12:00",
        "d [RWCEAFMS] x 1 Jan 1 12:00 ",
        "d [RWCEAFMS] x y Jan 1 12:00 z",
        "d [RWCEAFMS]x 1 Jan 1 12:00 z",
        "d [RWCEAFMS x 1 Jan 1 12:00 z",
        "x [RWCEAFMS] x 1 Jan 1 12:00 z",
        "d [RWCEAFMS] x 1 Jan 123 12:00 z",
        "d [RWCEAFMS] x 1 Jan 1 25:00 z",
        "d [R] x 1 Feb 30 2023 z",
      })
  void rejectsMalformedNetwareLines(String line) {
    assertThrows(ListingFormatException.class, () -> NETWARE.parse(line));
  }

  @Test
  void readsMlsdLinesGivenForList() {
    ListingEntry e =
        AUTO.parse("type=file;size=12;modify=20240105123456; hello world.txt").orElseThrow();
    assertEquals("hello world.txt", e.name());
    assertEquals(OptionalLong.of(12), e.size());
    var malformed = assertThrows(ListingFormatException.class,
        () -> AUTO.parse("type=file;size=x; name"));
    assertTrue(malformed.getMessage().contains("RFC 3659"), malformed.getMessage());
    ListingParser mlsd = only(ListingDialect.MLSX);
    assertEquals("name only", mlsd.parse(" name only").orElseThrow().name());
    assertThrows(ListingFormatException.class, () -> AUTO.parse(" name only"));
  }

  @Test
  void detectsTheDialectOfEachLine() {
    List<String> mixed =
        List.of(
            "total 8",
            "drwxr-xr-x    2 0        0            4096 Mar 14 09:12 pub",
            "01-05-24  12:34PM       <DIR>          aspnet_client",
            "+i8388621.48594,m825718503,r,s280,\tdjb.html",
            "d [R----F--] supervisor            512       Jan 16 18:53    login",
            "DATA.DIR;1               1/3          13-NOV-2001 15:03:48  [SYSTEM]  (RWE,RWE,RE,RE)",
            "type=dir;modify=20240105123456; docs",
            "");
    List<String> names =
        mixed.stream().map(AUTO::parse).flatMap(Optional::stream).map(ListingEntry::name).toList();
    assertEquals(List.of("pub", "aspnet_client", "djb.html", "login", "DATA", "docs"), names);
    assertEquals(List.of(ListingDialect.values()), AUTO.dialects());
    var e = assertThrows(ListingFormatException.class, () -> AUTO.parse("hello, world"));
    assertTrue(e.getMessage().contains("hello, world") && e.getMessage().contains("WINDOWS"),
        e.getMessage());
  }

  @Test
  void nonEntryLinesDependOnTheDialects() {
    assertEquals(Optional.empty(), AUTO.parse("Directory USER1:[TEST]"));
    assertThrows(ListingFormatException.class, () -> WINDOWS.parse("Directory USER1:[TEST]"));
    assertThrows(ListingFormatException.class, () -> WINDOWS.parse("total 12"));
    assertEquals(Optional.empty(), WINDOWS.parse("  \t "));
  }

  @Test
  void builderChecksItsArguments() {
    var builder = ListingParser.builder();
    assertThrows(IllegalArgumentException.class, () -> builder.futureSkew(Duration.ofDays(90)));
    assertThrows(IllegalArgumentException.class, () -> builder.futureSkew(Duration.ofSeconds(-1)));
    assertThrows(NullPointerException.class, () -> builder.zone(null));
    assertThrows(NullPointerException.class, () -> builder.clock(null));
    ListingParser strict = builder.futureSkew(Duration.ZERO).clock(CLOCK).build();
    ListingTime t =
        strict.parse("-rw-r--r-- 1 a b 1 Jun 15 12:01 x").orElseThrow().modified().orElseThrow();
    assertEquals(Instant.parse("2023-06-15T12:01:00Z"), t.instant());
    assertFalse(ListingParser.create().dialects().isEmpty());
    assertThrows(NullPointerException.class, () -> AUTO.parse(null));
  }
}
