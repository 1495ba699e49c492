package dev.ferry.ftp.protocol.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListingEntryTest {
  @Test
  void aBareEntryHasOnlyNameAndType() {
    ListingEntry e = ListingEntry.builder("a", EntryType.FILE).build();
    assertEquals("a", e.name());
    assertEquals(EntryType.FILE, e.type());
    assertEquals(OptionalLong.empty(), e.size());
    assertEquals(Optional.empty(), e.modified());
    assertEquals(Optional.empty(), e.created());
    assertEquals(OptionalInt.empty(), e.mode());
    assertEquals(Optional.empty(), e.owner());
    assertEquals(Optional.empty(), e.group());
    assertEquals(OptionalLong.empty(), e.linkCount());
    assertEquals(Optional.empty(), e.linkTarget());
    assertEquals(Optional.empty(), e.permissions());
    assertEquals(Optional.empty(), e.unique());
    assertEquals(Optional.empty(), e.lang());
    assertEquals(Optional.empty(), e.mediaType());
    assertEquals(Optional.empty(), e.charset());
    assertEquals(Optional.empty(), e.rawLine());
    assertEquals("ListingEntry{name=a, type=FILE}", e.toString());
  }

  @Test
  void keepsEveryDetailAndComparesThemAll() {
    ListingTime t = ListingTime.of(Instant.parse("2024-01-05T12:34:00Z"), ChronoUnit.MINUTES);
    ListingEntry e = MlsxTest.sample().toBuilder()
        .modified(t).linkTarget("t").rawLine("raw").build();
    assertEquals(e, e.toBuilder().build());
    assertEquals(e.hashCode(), e.toBuilder().build().hashCode());
    assertEquals(
        "ListingEntry{name=capmux.tar.z, type=FILE, size=25730, modified=" + t
            + ", created=" + e.created().orElseThrow() + ", mode=4755, owner=1000, group=ferry,"
            + " linkCount=3, linkTarget=t, permissions=[], unique=keVO1+YZ5, lang=en,"
            + " mediaType=application/x-compress, charset=UTF-8, rawLine=raw}",
        e.toString());
    assertNotEquals(e, e.toBuilder().rawLine(null).build());
    assertNotEquals(e, e.toBuilder().name("other").build());
    assertNotEquals(e, e.toBuilder().type(EntryType.DIRECTORY).build());
    assertNotEquals(e, e.toBuilder().noSize().build());
    assertNotEquals(e, e.toBuilder().noMode().build());
    assertNotEquals(e, e.toBuilder().noLinkCount().build());
    assertNotEquals(e, e.toBuilder().permissions(null).build());
    assertNotEquals(e, e.toBuilder().created(null).build());
    assertNotEquals(e, e.toBuilder().charset(null).build());
    assertNotEquals(e, null);
    assertNotEquals(e, "capmux.tar.z");
    assertEquals(e, e);
  }

  @Test
  void isImmutable() {
    EnumSet<MlsxPermission> perms = EnumSet.of(MlsxPermission.READ);
    ListingEntry.Builder b = ListingEntry.builder("a", EntryType.FILE).permissions(perms);
    ListingEntry e = b.build();
    perms.add(MlsxPermission.WRITE);
    b.permissions(Set.of(MlsxPermission.DELETE));
    assertEquals(Optional.of(Set.of(MlsxPermission.READ)), e.permissions());
    assertThrows(UnsupportedOperationException.class,
        () -> e.permissions().orElseThrow().add(MlsxPermission.APPEND));
    ListingEntry empty = ListingEntry.builder("a", EntryType.FILE).permissions(Set.of()).build();
    assertEquals(Optional.of(Set.of()), empty.toBuilder().build().permissions());
  }

  @Test
  void builderRejectsImpossibleValues() {
    assertThrows(IllegalArgumentException.class, () -> ListingEntry.builder("", EntryType.FILE));
    assertThrows(NullPointerException.class, () -> ListingEntry.builder(null, EntryType.FILE));
    assertThrows(NullPointerException.class, () -> ListingEntry.builder("a", null));
    ListingEntry.Builder b = ListingEntry.builder("a", EntryType.FILE);
    assertThrows(IllegalArgumentException.class, () -> b.size(-1));
    assertThrows(IllegalArgumentException.class, () -> b.mode(-1));
    assertThrows(IllegalArgumentException.class, () -> b.mode(010000));
    assertThrows(IllegalArgumentException.class, () -> b.linkCount(-1));
  }

  @Test
  void listingTimeStatesItsInterval() {
    Instant day = Instant.parse("2023-01-05T00:00:00Z");
    ListingTime t = ListingTime.of(day, ChronoUnit.DAYS);
    assertTrue(t.covers(day));
    assertTrue(t.covers(Instant.parse("2023-01-05T23:59:59.999Z")));
    assertFalse(t.covers(Instant.parse("2023-01-06T00:00:00Z")));
    assertFalse(t.covers(Instant.parse("2023-01-04T23:59:59Z")));
    assertEquals(new ListingTime(day, ChronoUnit.NANOS, false), ListingTime.exact(day));
    assertThrows(IllegalArgumentException.class, () -> ListingTime.of(day, ChronoUnit.HOURS));
    assertThrows(NullPointerException.class, () -> ListingTime.of(null, ChronoUnit.DAYS));
    assertThrows(NullPointerException.class, () -> ListingTime.of(day, null));
  }

  @Test
  void directoryLikeTypes() {
    for (EntryType t : EntryType.values()) {
      assertEquals(
          t == EntryType.DIRECTORY || t == EntryType.CURRENT_DIRECTORY
              || t == EntryType.PARENT_DIRECTORY,
          t.isDirectory());
    }
  }

  @Test
  void permissionLetters() {
    for (MlsxPermission p : MlsxPermission.values()) {
      assertEquals(p, MlsxPermission.ofLetter(p.letter()));
      assertEquals(p, MlsxPermission.ofLetter(Character.toUpperCase(p.letter())));
    }
    assertNull(MlsxPermission.ofLetter('b'));
    assertNull(MlsxPermission.ofLetter('@'));
    assertNull(MlsxPermission.ofLetter('\u00e9'));
    assertNull(MlsxPermission.ofLetter('{'));
  }
}
