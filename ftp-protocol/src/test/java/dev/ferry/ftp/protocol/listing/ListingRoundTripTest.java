package dev.ferry.ftp.protocol.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Format, then parse: the entry comes back (to the precision the format can carry). */
class ListingRoundTripTest {
  static final Instant NOW = Instant.parse("2024-06-15T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final List<ZoneId> ZONES =
      List.of(ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHours(-8));

  @Property(tries = 1000)
  void unixListLinesParseBackWithinTheirPrecision(
      @ForAll("unixEntries") ListingEntry entry, @ForAll("zones") ZoneId zone) {
    ListingFormatter formatter = ListingFormatter.builder().clock(CLOCK).zone(zone).build();
    ListingParser parser =
        ListingParser.builder().dialects(ListingDialect.UNIX).clock(CLOCK).zone(zone).build();
    String line = formatter.formatList(entry);
    ListingEntry parsed = parser.parse(line).orElseThrow();

    Instant t = entry.modified().orElseThrow().instant();
    boolean recent = t.getEpochSecond() > NOW.getEpochSecond() - ListingFormatter.SIX_MONTHS_SECONDS
        && t.isBefore(NOW.plusSeconds(ListingFormatter.DEFAULT_FUTURE_SKEW_SECONDS));
    ChronoUnit precision = recent ? ChronoUnit.MINUTES : ChronoUnit.DAYS;
    LocalDateTime local = LocalDateTime.ofInstant(t, zone).truncatedTo(precision);
    ListingTime expectedTime = new ListingTime(local.atZone(zone).toInstant(), precision, recent);
    ListingEntry expected =
        entry.toBuilder()
            .type(entry.type().isDirectory() ? EntryType.DIRECTORY : entry.type())
            .modified(expectedTime)
            .rawLine(line)
            .build();
    assertEquals(expected, parsed, line);
    assertEquals(parsed, ListingParser.builder().clock(CLOCK).zone(zone).build()
        .parse(line).orElseThrow(), "the detecting parser agrees");
    assertEquals(true, parsed.modified().orElseThrow().covers(t));
  }

  @Property(tries = 1000)
  void mlsxLinesParseBackExactly(@ForAll("mlsxEntries") ListingEntry entry) {
    String line = Mlsx.format(entry, EnumSet.allOf(Fact.class));
    assertEquals(entry.toBuilder().rawLine(line).build(), Mlsx.parse(line), line);
  }

  @Property(tries = 500)
  void mlsxLinesCarryExactlyTheSelectedFacts(
      @ForAll("mlsxEntries") ListingEntry entry, @ForAll Set<Fact> facts) {
    String line = Mlsx.format(entry, facts);
    ListingEntry b = Mlsx.parse(line);
    assertEquals(entry.name(), b.name());
    assertEquals(facts.contains(Fact.TYPE) ? entry.type() : EntryType.OTHER, b.type());
    assertEquals(facts.contains(Fact.SIZE) ? entry.size() : java.util.OptionalLong.empty(),
        b.size());
    assertEquals(facts.contains(Fact.MODIFY) ? entry.modified() : java.util.Optional.empty(),
        b.modified());
    assertEquals(facts.contains(Fact.PERM) ? entry.permissions() : java.util.Optional.empty(),
        b.permissions());
    assertEquals(facts.contains(Fact.UNIX_MODE) ? entry.mode() : java.util.OptionalInt.empty(),
        b.mode());
    boolean ownerShown = facts.contains(Fact.UNIX_OWNER)
        || facts.contains(isNumber(entry.owner().orElse("x")) ? Fact.UNIX_UID
            : Fact.UNIX_OWNERNAME);
    assertEquals(ownerShown ? entry.owner() : java.util.Optional.empty(), b.owner());
  }

  private static boolean isNumber(String s) {
    return s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONES);
  }

  /** Names: any printable text, spaces anywhere, but no CR or LF (those are sanitized). */
  static Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars(" abcXYZ019._-;=:->+@#,").ofMinLength(1).ofMaxLength(24),
        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12),
        Arbitraries.strings().withCharRange(' ', '\u024f').ofMinLength(1).ofMaxLength(16));
  }

  static Arbitrary<String> words() {
    return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789_-.")
        .ofMinLength(1).ofMaxLength(12);
  }

  /** Seconds around now: within a few days, within the year, and decades either side. */
  static Arbitrary<Instant> times() {
    long now = NOW.getEpochSecond();
    Arbitrary<Long> seconds = Arbitraries.oneOf(
        Arbitraries.longs().between(now - 3 * 86_400, now + 3 * 86_400),
        Arbitraries.longs().between(now - 400 * 86_400L, now + 400 * 86_400L),
        Arbitraries.longs().between(-2_000_000_000L, 7_000_000_000L));
    return Combinators.combine(seconds, Arbitraries.integers().between(0, 999_999_999))
        .as(Instant::ofEpochSecond);
  }

  @Provide
  Arbitrary<ListingEntry> unixEntries() {
    Arbitrary<ListingEntry> entries = Combinators.combine(
            Arbitraries.of(EntryType.class), names(),
            Arbitraries.longs().between(0, Long.MAX_VALUE),
            Arbitraries.integers().between(0, 07777), words(), words(),
            Arbitraries.longs().between(0, 1_000_000), times())
        .as((type, name, size, mode, owner, group, links, time) ->
            ListingEntry.builder(type == EntryType.SYMLINK ? name.replace("->", "=>") : name, type)
                .size(size)
                .mode(mode)
                .owner(owner)
                .group(group)
                .linkCount(links)
                .modified(ListingTime.exact(time))
                .build());
    return Combinators.combine(entries, names().injectNull(0.3))
        .as((e, target) -> e.type() == EntryType.SYMLINK
            ? e.toBuilder().linkTarget(target).build() : e);
  }

  @Provide
  Arbitrary<ListingEntry> mlsxEntries() {
    Arbitrary<ListingTime> times = Combinators.combine(times(), Arbitraries.of(
            ChronoUnit.SECONDS, ChronoUnit.MILLIS, ChronoUnit.MICROS, ChronoUnit.NANOS))
        .as((t, unit) -> ListingTime.of(t.truncatedTo(unit), unit));
    Arbitrary<String> values = Arbitraries.strings()
        .withChars("abcXYZ0189.:/+-_=!@#$%^&()?\\'\"").ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> owners = Arbitraries.oneOf(words(), Arbitraries.strings().numeric()
        .ofMinLength(1).ofMaxLength(6));
    Arbitrary<ListingEntry> entries = Combinators.combine(
            Arbitraries.of(EntryType.class), names(),
            Arbitraries.longs().between(0, Long.MAX_VALUE).injectNull(0.2),
            times.injectNull(0.2), times.injectNull(0.5),
            Arbitraries.integers().between(0, 07777).injectNull(0.3),
            owners.injectNull(0.3), owners.injectNull(0.3))
        .as((type, name, size, modified, created, mode, owner, group) -> {
          ListingEntry.Builder b = ListingEntry.builder(name, type)
              .modified(modified).created(created).owner(owner).group(group);
          if (size != null) {
            b.size(size);
          }
          if (mode != null) {
            b.mode(mode);
          }
          return b.build();
        });
    return Combinators.combine(
            entries, Arbitraries.subsetOf(MlsxPermission.values()).injectNull(0.2),
            values.injectNull(0.3), values.injectNull(0.5), values.injectNull(0.5),
            values.injectNull(0.5), values.injectNull(0.3))
        .as((e, perms, unique, lang, media, charset, target) -> e.toBuilder()
            .permissions(perms).unique(unique).lang(lang).mediaType(media).charset(charset)
            .linkTarget(e.type() == EntryType.SYMLINK ? target : null)
            .build());
  }
}
