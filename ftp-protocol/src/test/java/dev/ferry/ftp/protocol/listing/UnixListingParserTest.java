package dev.ferry.ftp.protocol.listing;

import static dev.ferry.ftp.protocol.listing.EntryType.BLOCK_DEVICE;
import static dev.ferry.ftp.protocol.listing.EntryType.CHARACTER_DEVICE;
import static dev.ferry.ftp.protocol.listing.EntryType.DIRECTORY;
import static dev.ferry.ftp.protocol.listing.EntryType.FIFO;
import static dev.ferry.ftp.protocol.listing.EntryType.FILE;
import static dev.ferry.ftp.protocol.listing.EntryType.OTHER;
import static dev.ferry.ftp.protocol.listing.EntryType.SOCKET;
import static dev.ferry.ftp.protocol.listing.EntryType.SYMLINK;
import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MINUTES;
import static java.time.temporal.ChronoUnit.NANOS;
import static java.time.temporal.ChronoUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnixListingParserTest {
  static final Instant NOW = Instant.parse("2024-06-15T12:00:00Z");
  static final ListingParser UNIX =
      ListingParser.builder()
          .dialects(ListingDialect.UNIX)
          .clock(Clock.fixed(NOW, ZoneOffset.UTC))
          .build();
  static final ListingParser AUTO =
      ListingParser.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

  /** What a line should parse to; {@code null} and -1 mean "not in the listing". */
  record Expected(
      EntryType type, String name, long size, String owner, String group, long links, int mode,
      String time, ChronoUnit precision, boolean inferred, String target) {}

  static Expected e(EntryType type, String name, long size, String owner, String group,
      long links, int mode, String time, ChronoUnit precision, boolean inferred) {
    return new Expected(type, name, size, owner, group, links, mode, time, precision, inferred,
        null);
  }

  static Stream<Arguments> realLines() {
    return Stream.of(
        // vsftpd: numeric ids, zero-padded day ("%b %d %H:%M")
        arguments("drwxr-xr-x    2 0        0            4096 Mar 14 09:12 pub",
            e(DIRECTORY, "pub", 4096, "0", "0", 2, 0755, "2024-03-14T09:12:00Z", MINUTES, true)),
        arguments("-rw-r--r--    1 ftp      ftp       1048576 Feb 29  2020 1MB.bin",
            e(FILE, "1MB.bin", 1048576, "ftp", "ftp", 1, 0644, "2020-02-29T00:00:00Z", DAYS,
                false)),
        arguments("lrwxrwxrwx    1 0        0              11 Jan 05 12:34 latest -> release-2.1",
            new Expected(SYMLINK, "latest", 11, "0", "0", 1, 0777, "2024-01-05T12:34:00Z",
                MINUTES, true, "release-2.1")),
        // ProFTPD
        arguments("drwxr-xr-x   3 proftpd  proftpd      4096 Jan  5 12:34 incoming",
            e(DIRECTORY, "incoming", 4096, "proftpd", "proftpd", 3, 0755, "2024-01-05T12:34:00Z",
                MINUTES, true)),
        arguments("-rw-r--r--   1 proftpd  nogroup    123456 Dec 31  2022 archive.tar.gz",
            e(FILE, "archive.tar.gz", 123456, "proftpd", "nogroup", 1, 0644,
                "2022-12-31T00:00:00Z", DAYS, false)),
        // Pure-FTPd
        arguments("-rw-------    1 500      vmail           0 Jun 10 16:16 .ftpquota",
            e(FILE, ".ftpquota", 0, "500", "vmail", 1, 0600, "2024-06-10T16:16:00Z", MINUTES,
                true)),
        arguments("drwxr-xr-x    2 500      vmail        4096 Jun 10 16:16 .",
            e(DIRECTORY, ".", 4096, "500", "vmail", 2, 0755, "2024-06-10T16:16:00Z", MINUTES,
                true)),
        // FileZilla Server
        arguments("-rw-r--r-- 1 ftp ftp         2359296 Nov 22  2023 Setup.exe",
            e(FILE, "Setup.exe", 2359296, "ftp", "ftp", 1, 0644, "2023-11-22T00:00:00Z", DAYS,
                false)),
        arguments("drwxr-xr-x 1 ftp ftp               0 Jun 12 08:00 Documents",
            e(DIRECTORY, "Documents", 0, "ftp", "ftp", 1, 0755, "2024-06-12T08:00:00Z", MINUTES,
                true)),
        // GNU ls --time-style=long-iso and full-iso
        arguments("-rw-r--r-- 1 alice staff 346 2005-04-08 11:22 services.vsp",
            e(FILE, "services.vsp", 346, "alice", "staff", 1, 0644, "2005-04-08T11:22:00Z",
                MINUTES, false)),
        arguments("-rw-r--r-- 1 alice staff 346 2024-01-05 12:34:56 notes.txt",
            e(FILE, "notes.txt", 346, "alice", "staff", 1, 0644, "2024-01-05T12:34:56Z", SECONDS,
                false)),
        arguments(
            "-rw-r--r-- 1 alice staff 346 2024-01-05 12:34:56.123456789 +0100 notes.txt",
            e(FILE, "notes.txt", 346, "alice", "staff", 1, 0644, "2024-01-05T11:34:56.123456789Z",
                NANOS, false)),
        // devices: major, minor in place of the size (Linux, FreeBSD, Solaris)
        arguments("crw-rw----    1 root     tty        4,  64 Jan  5 12:34 tty0",
            e(CHARACTER_DEVICE, "tty0", -1, "root", "tty", 1, 0660, "2024-01-05T12:34:00Z",
                MINUTES, true)),
        arguments("crw-r----- 1 root kmem 0, 27 Jan 30 11:42 kmem",
            e(CHARACTER_DEVICE, "kmem", -1, "root", "kmem", 1, 0640, "2024-01-30T11:42:00Z",
                MINUTES, true)),
        arguments("crw-------   1 root     sys      109,767 Jul  2  2004 pci@1c,600000:devctl",
            e(CHARACTER_DEVICE, "pci@1c,600000:devctl", -1, "root", "sys", 1, 0600,
                "2004-07-02T00:00:00Z", DAYS, false)),
        arguments("brw-rw----   1 root     disk       8,   0 Jun  1 09:00 sda",
            e(BLOCK_DEVICE, "sda", -1, "root", "disk", 1, 0660, "2024-06-01T09:00:00Z", MINUTES,
                true)),
        arguments("prw-r--r--   1 root     root          0 Jun  1 09:00 initctl",
            e(FIFO, "initctl", 0, "root", "root", 1, 0644, "2024-06-01T09:00:00Z", MINUTES, true)),
        arguments("srwxrwxrwx   1 root     root          0 Jun  1 09:00 docker.sock",
            e(SOCKET, "docker.sock", 0, "root", "root", 1, 0777, "2024-06-01T09:00:00Z", MINUTES,
                true)),
        arguments("Dr--r--r--   1 root     root          0 Jun  1 09:00 name_service_door",
            e(OTHER, "name_service_door", 0, "root", "root", 1, 0444, "2024-06-01T09:00:00Z",
                MINUTES, true)),
        // set-user-ID, set-group-ID, sticky
        arguments("-rwsr-xr-x   1 root     root      54256 Mar 27  2023 passwd",
            e(FILE, "passwd", 54256, "root", "root", 1, 04755, "2023-03-27T00:00:00Z", DAYS,
                false)),
        arguments("drwxrwxrwt  10 root     root       4096 Jun 15 11:59 tmp",
            e(DIRECTORY, "tmp", 4096, "root", "root", 10, 01777, "2024-06-15T11:59:00Z", MINUTES,
                true)),
        arguments("-rwSr-Sr-T   1 500      500             0 Mar 25 08:22 testSuid",
            e(FILE, "testSuid", 0, "500", "500", 1, 07644, "2024-03-25T08:22:00Z", MINUTES, true)),
        arguments("-rwxr-sr-t   1 500      500             0 Mar 25 08:22 testSgid",
            e(FILE, "testSgid", 0, "500", "500", 1, 03755, "2024-03-25T08:22:00Z", MINUTES, true)),
        arguments("-rw-r-lr--   1 500      500             0 Mar 25 08:22 locked",
            e(FILE, "locked", 0, "500", "500", 1, 02644, "2024-03-25T08:22:00Z", MINUTES, true)),
        // ACL '+', SELinux '.', macOS xattr '@'; Commons Net NET-? "no space after the '+'"
        arguments("drwxrwx---+ 23 500     500    0 Jan 10 13:09 testACL",
            e(DIRECTORY, "testACL", 0, "500", "500", 23, 0770, "2024-01-10T13:09:00Z", MINUTES,
                true)),
        arguments("drwxr-x---+1464 chrism   chrism     41472 Feb 25 13:17 20090225",
            e(DIRECTORY, "20090225", 41472, "chrism", "chrism", 1464, 0750,
                "2024-02-25T13:17:00Z", MINUTES, true)),
        arguments("-rw-r--r--. 1 root root 1024 Jun  1 09:00 selinux.conf",
            e(FILE, "selinux.conf", 1024, "root", "root", 1, 0644, "2024-06-01T09:00:00Z",
                MINUTES, true)),
        arguments("-rw-r--r--@ 1 bob  staff  6148 Jun  1 09:00 .DS_Store",
            e(FILE, ".DS_Store", 6148, "bob", "staff", 1, 0644, "2024-06-01T09:00:00Z", MINUTES,
                true)),
        // owner and group: a group with spaces (Cygwin, Windows), one word only, none
        arguments("drwx------ 4 maxm Domain Users 512 Oct 2 10:59 .metadata",
            e(DIRECTORY, ".metadata", 512, "maxm", "Domain Users", 4, 0700,
                "2023-10-02T10:59:00Z", MINUTES, true)),
        arguments("-rw-r--r-- 1 1 3518644 May 25 12:12 std",
            e(FILE, "std", 3518644, "1", null, 1, 0644, "2024-05-25T12:12:00Z", MINUTES, true)),
        arguments("drwxr-xr-x 1 usernameftp 512 Jan 29 23:32 prog",
            e(DIRECTORY, "prog", 512, "usernameftp", null, 1, 0755, "2024-01-29T23:32:00Z",
                MINUTES, true)),
        arguments("-rw-r--r-- 1 512 Jan 29 23:32 anonymous",
            e(FILE, "anonymous", 512, null, null, 1, 0644, "2024-01-29T23:32:00Z", MINUTES, true)),
        // names: spaces anywhere, digits and dates in them, arrows in a non-link
        arguments("-rwxrwx---   1 ftp      ftp-admin 816026400 Oct  5  2008 bloplab 7 cd1.img",
            e(FILE, "bloplab 7 cd1.img", 816026400, "ftp", "ftp-admin", 1, 0770,
                "2008-10-05T00:00:00Z", DAYS, false)),
        arguments("-rw-r--r--   1 ftpuser  ftpusers 12414535 Mar 17 11:07 test 1999 abc.pdf",
            e(FILE, "test 1999 abc.pdf", 12414535, "ftpuser", "ftpusers", 1, 0644,
                "2024-03-17T11:07:00Z", MINUTES, true)),
        arguments("-rw-rw-rw-   1 user group 5840 Mar 19 09:34 123 456 abc.csv",
            e(FILE, "123 456 abc.csv", 5840, "user", "group", 1, 0666, "2024-03-19T09:34:00Z",
                MINUTES, true)),
        arguments("drwxr-xr-x   2 john     group         4096 Mar  2 15:13   zxbox",
            e(DIRECTORY, "  zxbox", 4096, "john", "group", 2, 0755, "2024-03-02T15:13:00Z",
                MINUTES, true)),
        arguments("drwxr-xr-x   2 john     group         4096 Mar  2 15:13 zxbox     ",
            e(DIRECTORY, "zxbox     ", 4096, "john", "group", 2, 0755, "2024-03-02T15:13:00Z",
                MINUTES, true)),
        arguments("-rw-r--r--   1 a        b               1 Jan  5 12:34 a -> b",
            e(FILE, "a -> b", 1, "a", "b", 1, 0644, "2024-01-05T12:34:00Z", MINUTES, true)),
        arguments("lrwxrwxrwx   1 neeme neeme             23 Mar  2 18:06 macros -> ./../../global/macros/.",
            new Expected(SYMLINK, "macros", 23, "neeme", "neeme", 1, 0777, "2024-03-02T18:06:00Z",
                MINUTES, true, "./../../global/macros/.")),
        arguments("lrwxrwxrwx   1 a        b               9 Mar  2 18:06 my link -> my target",
            new Expected(SYMLINK, "my link", 9, "a", "b", 1, 0777, "2024-03-02T18:06:00Z",
                MINUTES, true, "my target")),
        // hour without a leading zero; big sizes; seconds (BSD ls -T); day before month
        arguments("-rw-rw-r--   1 mqm        mqm          17707 Mar 12  3:33 killmq.sh.log",
            e(FILE, "killmq.sh.log", 17707, "mqm", "mqm", 1, 0664, "2024-03-12T03:33:00Z",
                MINUTES, true)),
        arguments("-rwxr-xr-x   2 user     group        5000000000 Mar  2 15:13 big.iso",
            e(FILE, "big.iso", 5000000000L, "user", "group", 2, 0755, "2024-03-02T15:13:00Z",
                MINUTES, true)),
        arguments("-rw-r--r--  1 bob  staff  1024 Jan  5 12:34:56 2024 notes.txt",
            e(FILE, "notes.txt", 1024, "bob", "staff", 1, 0644, "2024-01-05T12:34:56Z", SECONDS,
                false)),
        arguments("-rw-r--r--   1 user     group        1024  5 Jan 12:34 european",
            e(FILE, "european", 1024, "user", "group", 1, 0644, "2024-01-05T12:34:00Z", MINUTES,
                true)),
        // year inference: within the skew of one day ahead it is this year, beyond it last year
        arguments("-rw-r--r--   1 a        b               1 Jun 16 11:59 tomorrow",
            e(FILE, "tomorrow", 1, "a", "b", 1, 0644, "2024-06-16T11:59:00Z", MINUTES, true)),
        arguments("-rw-r--r--   1 a        b               1 Jun 17 10:00 lastyear",
            e(FILE, "lastyear", 1, "a", "b", 1, 0644, "2023-06-17T10:00:00Z", MINUTES, true)),
        arguments("-rw-r--r--   1 a        b               1 DEC 31 23:59 upper",
            e(FILE, "upper", 1, "a", "b", 1, 0644, "2023-12-31T23:59:00Z", MINUTES, true)));
  }

  static Arguments arguments(String line, Expected expected) {
    return Arguments.of(line, expected);
  }

  @ParameterizedTest
  @MethodSource("realLines")
  void parsesRealServerLines(String line, Expected x) {
    ListingEntry entry = UNIX.parse(line).orElseThrow();
    assertEquals(x.type(), entry.type());
    assertEquals(x.name(), entry.name());
    assertEquals(x.size(), entry.size().orElse(-1));
    assertEquals(Optional.ofNullable(x.owner()), entry.owner());
    assertEquals(Optional.ofNullable(x.group()), entry.group());
    assertEquals(x.links(), entry.linkCount().orElse(-1));
    assertEquals(x.mode(), entry.mode().orElse(-1), () -> Integer.toOctalString(entry.mode().orElse(-1)));
    ListingTime t = entry.modified().orElseThrow();
    assertEquals(Instant.parse(x.time()), t.instant());
    assertEquals(x.precision(), t.precision());
    assertEquals(x.inferred(), t.yearInferred());
    assertEquals(Optional.ofNullable(x.target()), entry.linkTarget());
    assertEquals(Optional.of(line), entry.rawLine());
    assertEquals(entry, AUTO.parse(line).orElseThrow(), "the detecting parser reads it the same");
  }

  @Test
  void readsLocalTimesInTheServersZone() {
    ListingParser berlin =
        ListingParser.builder()
            .dialects(ListingDialect.UNIX)
            .zone(ZoneId.of("Europe/Berlin"))
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build();
    ListingEntry e = berlin.parse("-rw-r--r-- 1 a b 1 Jan  5 12:34 x").orElseThrow();
    assertEquals(Instant.parse("2024-01-05T11:34:00Z"), e.modified().orElseThrow().instant());
    ListingEntry summer = berlin.parse("-rw-r--r-- 1 a b 1 2024-06-05 12:34 x").orElseThrow();
    assertEquals(Instant.parse("2024-06-05T10:34:00Z"), summer.modified().orElseThrow().instant());
  }

  @Test
  void februaryTheTwentyNinthGoesBackToALeapYear() {
    ListingParser in2025 =
        ListingParser.builder()
            .dialects(ListingDialect.UNIX)
            .clock(Clock.fixed(Instant.parse("2025-03-10T00:00:00Z"), ZoneOffset.UTC))
            .build();
    ListingEntry e = in2025.parse("-rw-r--r-- 1 a b 1 Feb 29 10:00 leap").orElseThrow();
    assertEquals(Instant.parse("2024-02-29T10:00:00Z"), e.modified().orElseThrow().instant());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "total 123",
        "total 0",
        "Total 12",
        "total 1.2K",
        "",
        "   ",
      })
  void summaryAndBlankLinesAreNoEntries(String line) {
    assertEquals(Optional.empty(), UNIX.parse(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Commons Net's UnixFTPEntryParserTest bad samples
        "zrwxr-xr-x   2 root     root         4096 Mar  2 15:13 zxbox",
        "dxrwr-xr-x   2 root     root         4096 Aug 24  2001 zxjdbc",
        "drwxr-xr-x   2 root     root         4096 Jam  4 00:03 zziplib",
        "drwxr-xr-x   2 root     99           4096 Feb 23 30:01 zzplayer",
        "drwxr-xr-x   2 root     root         4096 Aug 36  2001 zztpp",
        "-rw-r--r--   1 14       staff       80284 Aug 22  zxJDBC-1.2.3.tar.gz",
        "-rw-r--r--   1 14       staff      119:26 Aug 22  2000 zxJDBC-1.2.3.zip",
        "-rw-r--r--   1ftp       nogroup    126552 Jan 22  2001 zxJDBC-1.2.4.zip",
        "-rw-r--r--   1 root     root       190144 2001-04-27 zxJDBC-2.0.1b1.zip",
        "-rw-r--r--   1 root     root       111325 Apr -7 18:79 zxJDBC-2.0.1b1.tar.gz",
        // no name, or nothing but the separating space
        "drwxr-xr-x   2 root     root         4096 Mar  2 15:13",
        "drwxr-xr-x   2 root     root         4096 Mar  2 15:13 ",
        "drwxr-xr-x   2 root     root         4096 Mar  2  2001",
        // fragments and impossible values
        "drwxr-xr-x",
        "drwxr-xr-x 2",
        "drwxr-xr-x 2 root",
        "-rwxr-xr-q 1 a b 1 Jan  5 12:34 x",
        "-rwxr-xr-x 1 a b 1 Feb 30  2023 x",
        "-rwxr-xr-x 1 a b 1 Jan  5 12:3 x",
        "-rwxr-xr-x 1 a b 1 Jan 123 12:34 x",
        "-rwxr-xr-x 1 a b 1 2024-13-05 12:34 x",
        "-rwxr-xr-x 1 a b 1 2024-01-05 12:34:5 x",
        "-rwxr-xr-x 1 a b 1 2024-01-05 12:34:56.1234567890 x",
        "-rwxr-xr-x 1 a b 1 Jan  5 12:34:56 24 x",
        "-rwxr-xr-x 1 a b 99999999999999999999 Jan  5 12:34 x",
        "crw-rw---- 1 a b 4, Jan  5 12:34 x",
        "crw-rw---- 1 a b 4, x Jan  5 12:34 x",
        "crw-rw---- 1 a b 4,x Jan  5 12:34 x",
        "total 12 files",
        "-rwxr-xr-x 1 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 Jan  5 12:34 too-many-words",
      })
  void rejectsLinesThatAreNotUnixEntries(String line) {
    var e = assertThrows(ListingFormatException.class, () -> UNIX.parse(line));
    assertTrue(e.getMessage().contains("UNIX"), e.getMessage());
  }

  @Test
  void fullIsoOffsetsOutsideTheRangeAreReadAsPartOfTheName() {
    ListingEntry e =
        UNIX.parse("-rw-r--r-- 1 a b 1 2024-01-05 12:34:56.5 +1900 x").orElseThrow();
    assertEquals("+1900 x", e.name());
    assertEquals(Instant.parse("2024-01-05T12:34:56.5Z"), e.modified().orElseThrow().instant());
  }
}
