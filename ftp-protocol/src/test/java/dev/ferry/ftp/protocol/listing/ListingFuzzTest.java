package dev.ferry.ftp.protocol.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.Fuzz;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every parser, fed arbitrary text and damaged real lines, returns an entry or the documented
 * empty result, or throws its declared exception: nothing else escapes, nothing hangs. Every
 * formatter, given any entry, writes exactly one line.
 */
class ListingFuzzTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-15T12:00:00Z"), ZoneOffset.UTC);
  static final List<ListingParser> PARSERS = parsers();
  static final ListingFormatter FORMATTER = ListingFormatter.builder().clock(CLOCK)
      .zone(ZoneId.of("Australia/Lord_Howe")).build();

  /** Real lines of every dialect, for the mutations to start from. */
  static final List<String> SEEDS =
      List.of(
          "drwxr-xr-x    2 0        0            4096 Mar 14 09:12 pub",
          "lrwxrwxrwx    1 0        0              11 Jan 05 12:34 latest -> release-2.1",
          "crw-rw----    1 root     tty        4,  64 Jan  5 12:34 tty0",
          "drwxr-x---+1464 chrism   chrism     41472 Feb 25 13:17 20090225",
          "drwx------ 4 maxm Domain Users 512 Oct 2 10:59 .metadata",
          "-rw-r--r-- 1 alice staff 346 2024-01-05 12:34:56.123456789 +0100 notes.txt",
          "-rw-r--r--  1 bob  staff  1024 Jan  5 12:34:56 2024 notes.txt",
          "total 123",
          "01-05-24  12:34PM       <DIR>          aspnet_client",
          "01/05/2024  12:34 PM    1,234,567 Program Files",
          "+i8388621.48594,m825718503,r,s280,up644,\tdjb.html",
          "d [R----F--] supervisor            512       Jan 16 18:53    login",
          "1-JUN.LIS;1   9/9   2-JUN-1998 07:32:04.5  [GROUP,OWNER]    (RWED,RWED,RWED,RE)",
          "Total of 2 files, 10/12 blocks.",
          "type=OS.unix=slink:/x;size=1;modify=20240105123456.5;perm=adfr;UNIX.mode=0755; a b",
          "Type=cdir;Modify=19981107085215;Perm=el; /tmp");

  static List<ListingParser> parsers() {
    List<ListingParser> parsers = new ArrayList<>();
    parsers.add(ListingParser.builder().clock(CLOCK).zone(ZoneId.of("America/New_York")).build());
    for (ListingDialect d : ListingDialect.values()) {
      parsers.add(ListingParser.builder().dialects(d).clock(CLOCK).build());
    }
    return parsers;
  }

  @Property(tries = 1000)
  void listingParsersThrowOnlyListingFormatException(@ForAll("lines") String line) {
    for (ListingParser parser : PARSERS) {
      Fuzz.throwsOnly(
          line,
          l -> parser.parse(l).ifPresent(e -> {
            assertEquals(Optional.of(l), e.rawLine());
            assertTrue(!e.name().isEmpty());
          }),
          ListingFormatException.class);
    }
  }

  @Property(tries = 800)
  void mlsxParsersThrowOnlyListingFormatException(@ForAll("lines") String line) {
    Fuzz.throwsOnly(line, Mlsx::parse, ListingFormatException.class);
    Fuzz.throwsOnly(line, Mlsx::parseControlLine, ListingFormatException.class);
  }

  @Property(tries = 600)
  void factListParsersThrowOnlyInvalidArgument(@ForAll("factLists") String text) {
    FactSelection all = FactSelection.allOf(List.of(Fact.values()));
    Fuzz.throwsOnly(text, FactSelection::parseFeature, InvalidArgumentException.class);
    Fuzz.throwsOnly(text, all::select, InvalidArgumentException.class);
    Fuzz.throwsOnly(text, all::acceptOptsReply, InvalidArgumentException.class);
  }

  @Property(tries = 500)
  void formattersWriteOneLineForAnyEntry(@ForAll("anyEntries") ListingEntry entry) {
    String list = FORMATTER.formatList(entry);
    String nlst = FORMATTER.appendNlst(new StringBuilder(), entry).toString();
    String mlsd = Mlsx.format(entry, EnumSet.allOf(Fact.class));
    for (String line : List.of(list, nlst, mlsd)) {
      assertTrue(line.indexOf('\r') < 0 && line.indexOf('\n') < 0, line);
    }
    String safeName = entry.name().replace('\r', '?').replace('\n', '?');
    assertEquals(safeName, nlst);
    assertEquals(safeName, Mlsx.parse(mlsd).name());
  }

  @Provide
  Arbitrary<ListingEntry> anyEntries() {
    Arbitrary<Instant> instants = Arbitraries.longs()
        .between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
        .map(Instant::ofEpochSecond);
    Arbitrary<String> text = Arbitraries.strings().ofMaxLength(20);
    return Combinators.combine(
            Arbitraries.of(EntryType.class), text.filter(n -> !n.isEmpty()), instants.injectNull(0.2),
            Arbitraries.integers().between(0, 07777), text.injectNull(0.2), text.injectNull(0.2),
            text.injectNull(0.3), Arbitraries.longs().between(0, Long.MAX_VALUE))
        .as((type, name, time, mode, owner, group, other, number) ->
            ListingEntry.builder(name, type)
                .modified(time == null ? null : ListingTime.exact(time))
                .created(time == null ? null : ListingTime.of(time, ChronoUnit.MILLIS))
                .mode(mode).owner(owner).group(group).linkTarget(other).unique(other)
                .lang(other).mediaType(other).charset(other).size(number).linkCount(number)
                .permissions(EnumSet.allOf(MlsxPermission.class))
                .build());
  }

  @Provide
  Arbitrary<String> lines() {
    Arbitrary<String> seed = Arbitraries.of(SEEDS);
    Arbitrary<String> mutated =
        Combinators.combine(seed, Arbitraries.integers().between(0, 200),
                Arbitraries.of(' ', '-', ':', ',', ';', '=', '\t', '9', '0', 'x', '[', ']', '+'),
                Arbitraries.integers().between(0, 2))
            .as((line, at, c, how) -> mutate(line, at % (line.length() + 1), c, how));
    Arbitrary<String> twiceMutated =
        Combinators.combine(mutated, Arbitraries.integers().between(0, 200),
                Arbitraries.chars().range(' ', '~'), Arbitraries.integers().between(0, 2))
            .as((line, at, c, how) -> mutate(line, at % (line.length() + 1), c, how));
    Arbitrary<String> cut =
        Combinators.combine(seed, Arbitraries.integers().between(0, 200))
            .as((line, at) -> line.substring(0, at % (line.length() + 1)));
    return Arbitraries.oneOf(
        mutated, twiceMutated, cut,
        Arbitraries.strings().ofMaxLength(80),
        Arbitraries.strings().withChars("drwx-lcbps 0123456789:JanFebDec,.+@;=\t<DIR>").ofMaxLength(90));
  }

  private static String mutate(String line, int at, char c, int how) {
    return switch (how) {
      case 0 -> line.substring(0, at) + c + line.substring(Math.min(line.length(), at + 1));
      case 1 -> line.substring(0, at) + c + line.substring(at);
      default -> line.substring(0, at) + line.substring(Math.min(line.length(), at + 1));
    };
  }

  @Provide
  Arbitrary<String> factLists() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.strings().withChars("typesizmodf*; .UNIX").ofMaxLength(40),
        Arbitraries.of("MLST OPTS type;", " MLST OPTS ", "type*;size*;", "MLST OPTStype"));
  }
}
