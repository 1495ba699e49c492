package dev.ferry.ftp.protocol.listing;

import static dev.ferry.ftp.protocol.listing.MlsxPermission.APPEND;
import static dev.ferry.ftp.protocol.listing.MlsxPermission.DELETE;
import static dev.ferry.ftp.protocol.listing.MlsxPermission.ENTER;
import static dev.ferry.ftp.protocol.listing.MlsxPermission.LIST;
import static dev.ferry.ftp.protocol.listing.MlsxPermission.READ;
import static dev.ferry.ftp.protocol.listing.MlsxPermission.RENAME;
import static dev.ferry.ftp.protocol.listing.MlsxPermission.WRITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.param.Timeval;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MlsxTest {
  static final Set<Fact> ALL = EnumSet.allOf(Fact.class);

  @Test
  void parsesTheMlstExampleOfRfc3659() {
    // RFC 3659 §7.7.2: "S>  Type=dir;Modify=19981107085215;Perm=el; /tmp"
    ListingEntry e = Mlsx.parseControlLine(" Type=dir;Modify=19981107085215;Perm=el; /tmp");
    assertEquals("/tmp", e.name());
    assertEquals(EntryType.DIRECTORY, e.type());
    assertEquals(
        ListingTime.of(Instant.parse("1998-11-07T08:52:15Z"), ChronoUnit.SECONDS),
        e.modified().orElseThrow());
    assertEquals(Optional.of(Set.of(ENTER, LIST)), e.permissions());
    assertEquals(Optional.of("Type=dir;Modify=19981107085215;Perm=el; /tmp"), e.rawLine());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // RFC 3659 §7.7.3, the MLSD example, line by line
        "Type=cdir;Modify=19981107085215;Perm=el; tmp|CURRENT_DIRECTORY|tmp|-1|19981107085215|el",
        "Type=cdir;Modify=19981107085215;Perm=el; /tmp|CURRENT_DIRECTORY|/tmp|-1|19981107085215|el",
        "Type=pdir;Modify=19990112030508;Perm=el; ..|PARENT_DIRECTORY|..|-1|19990112030508|el",
        "Type=file;Size=25730;Modify=19940728095854;Perm=; capmux.tar.z|FILE|capmux.tar.z|25730|19940728095854|''",
        "Type=file;Size=1830;Modify=19940916055648;Perm=r; hatch.c|FILE|hatch.c|1830|19940916055648|r",
        "Type=file;Size=25624;Modify=19951003165342;Perm=r; MacIP-02.txt|FILE|MacIP-02.txt|25624|19951003165342|r",
        "Type=file;Size=2154;Modify=19950501105033;Perm=r; uar.netbsd.patch|FILE|uar.netbsd.patch|2154|19950501105033|r",
        "Type=file;Size=54757;Modify=19951105101754;Perm=r; iptnnladev.1.0.sit.hqx|FILE|iptnnladev.1.0.sit.hqx|54757|19951105101754|r",
        "Type=file;Size=226546;Modify=19970515023901;Perm=r; melbcs.tif|FILE|melbcs.tif|226546|19970515023901|r",
        "Type=file;Size=12927;Modify=19961025135602;Perm=r; tardis.1.6.sit.hqx|FILE|tardis.1.6.sit.hqx|12927|19961025135602|r",
        "Type=file;Size=17867;Modify=19961025135602;Perm=r; timelord.1.4.sit.hqx|FILE|timelord.1.4.sit.hqx|17867|19961025135602|r",
        "Type=file;Size=224907;Modify=19980615100045;Perm=r; uar.1.2.3.sit.hqx|FILE|uar.1.2.3.sit.hqx|224907|19980615100045|r",
        "Type=file;Size=1024990;Modify=19980130010322;Perm=r; cap60.pl198.tar.gz|FILE|cap60.pl198.tar.gz|1024990|19980130010322|r",
      })
  void parsesTheMlsdExampleOfRfc3659(
      String line, EntryType type, String name, long size, String modify, String perm) {
    ListingEntry e = Mlsx.parse(line);
    assertEquals(type, e.type());
    assertEquals(name, e.name());
    assertEquals(size < 0 ? OptionalLong.empty() : OptionalLong.of(size), e.size());
    assertEquals(Timeval.parse(modify).instant(), e.modified().orElseThrow().instant());
    assertEquals(Optional.of(permissions(perm)), e.permissions());
  }

  @Test
  void parsesTheOptsExamplesOfRfc3659() {
    // RFC 3659 §7.9.2: replies after OPTS MLST changed the facts
    ListingEntry unique = Mlsx.parseControlLine(" Unique=keVO1+YZ5; /tmp");
    assertEquals(Optional.of("keVO1+YZ5"), unique.unique());
    assertEquals(EntryType.OTHER, unique.type());
    ListingEntry three =
        Mlsx.parseControlLine(" Type=dir;Modify=19990930152225;Unique=keVO1+YZ5; /tmp");
    assertEquals(EntryType.DIRECTORY, three.type());
    ListingEntry none = Mlsx.parseControlLine("  /tmp"); // no facts selected: two spaces
    assertEquals("/tmp", none.name());
    assertEquals(Optional.empty(), none.modified());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // RFC 3659 §7.7.4, "A More Complex Example"
        "Type=cdir;Perm=el;Unique=keVO1+ZF4; test|CURRENT_DIRECTORY|test|el|keVO1+ZF4|",
        "Type=pdir;Perm=e;Unique=keVO1+d?3; ..|PARENT_DIRECTORY|..|e|keVO1+d?3|",
        "Type=OS.unix=slink:/foobar;Perm=;Unique=keVO1+4G4; foobar|SYMLINK|foobar|''|keVO1+4G4|/foobar",
        "Type=OS.unix=chr-13/29;Perm=;Unique=keVO1+5G4; device|CHARACTER_DEVICE|device|''|keVO1+5G4|",
        "Type=OS.unix=blk-11/108;Perm=;Unique=keVO1+6G4; block|BLOCK_DEVICE|block|''|keVO1+6G4|",
        "Type=file;Perm=awr;Unique=keVO1+8G4; writable|FILE|writable|awr|keVO1+8G4|",
        "Type=dir;Perm=cpmel;Unique=keVO1+7G4; promiscuous|DIRECTORY|promiscuous|cpmel|keVO1+7G4|",
        "Type=dir;Perm=;Unique=keVO1+1t2; no-exec|DIRECTORY|no-exec|''|keVO1+1t2|",
        "Type=file;Perm=r;Unique=keVO1+EG4; two words|FILE|two words|r|keVO1+EG4|",
        "Type=file;Perm=r;Unique=keVO1+IH4;  leading space|FILE|' leading space'|r|keVO1+IH4|",
        "Type=dir;Perm=cpmdelf;Unique=keVO1+!s2; empty|DIRECTORY|empty|cpmdelf|keVO1+!s2|",
      })
  void parsesTheComplexExampleOfRfc3659(
      String line, EntryType type, String name, String perm, String unique, String target) {
    ListingEntry e = Mlsx.parse(line);
    assertEquals(type, e.type());
    assertEquals(name, e.name());
    assertEquals(Optional.of(permissions(perm)), e.permissions());
    assertEquals(Optional.of(unique), e.unique());
    assertEquals(Optional.ofNullable(target), e.linkTarget());
    assertEquals(e.toBuilder().rawLine(null).build(), Mlsx.parse(Mlsx.format(e, ALL))
        .toBuilder().rawLine(null).build(), "formats back to an equivalent line");
  }

  @Test
  void writesTheLinkTargetWhenItFitsAFact() {
    ListingEntry link = ListingEntry.builder("foobar", EntryType.SYMLINK).linkTarget("/foobar")
        .build();
    assertEquals("type=OS.unix=slink:/foobar; foobar", Mlsx.format(link, Set.of(Fact.TYPE)));
    ListingEntry spaced = link.toBuilder().linkTarget("/foo bar").build();
    assertEquals("type=OS.unix=symlink; foobar", Mlsx.format(spaced, Set.of(Fact.TYPE)));
    ListingEntry semicolon = link.toBuilder().linkTarget("a;b").build();
    assertEquals("type=OS.unix=symlink; foobar", Mlsx.format(semicolon, Set.of(Fact.TYPE)));
    assertEquals(Optional.of("/x"), Mlsx.parse("type=OS.unix=symlink:/x; l").linkTarget());
  }

  @Test
  void parsesWhatRealServersSend() {
    // ProFTPD (mod_facts): numeric owner and group, names in UNIX.ownername/groupname
    ListingEntry proftpd = Mlsx.parse(
        "modify=20240105123456;perm=adfrw;size=1024;type=file;unique=FD00U2A0001;UNIX.group=1000;"
            + "UNIX.groupname=ferry;UNIX.mode=0644;UNIX.owner=1000;UNIX.ownername=alice; notes.txt");
    assertEquals(Optional.of("alice"), proftpd.owner());
    assertEquals(Optional.of("ferry"), proftpd.group());
    assertEquals(OptionalInt.of(0644), proftpd.mode());
    assertEquals(Optional.of(Set.of(APPEND, DELETE, RENAME, READ, WRITE)), proftpd.permissions());
    assertEquals(Optional.of("FD00U2A0001"), proftpd.unique());
    // Pure-FTPd: UNIX.uid/gid, an unknown "sizd" fact, cdir
    ListingEntry pure = Mlsx.parse(
        "type=cdir;sizd=4096;modify=20240610161600;UNIX.mode=0755;UNIX.uid=500;UNIX.gid=1001;"
            + "unique=803g1a4e69; .");
    assertEquals(EntryType.CURRENT_DIRECTORY, pure.type());
    assertEquals(OptionalLong.empty(), pure.size());
    assertEquals(Optional.of("500"), pure.owner());
    assertEquals(Optional.of("1001"), pure.group());
    // empty name facts do not hide the numbers; a mode with file-type bits keeps its permissions
    ListingEntry blanks = Mlsx.parse("type=file;size=4294967297;modify=20260829112234.123;"
        + "unix.mode=0100640;unix.ownername=;unix.owner=;unix.uid=1001;unix.groupname=;"
        + "unix.group=;unix.gid=2001;unique=; big file.bin");
    assertEquals(Optional.of("1001"), blanks.owner());
    assertEquals(Optional.of("2001"), blanks.group());
    assertEquals(OptionalInt.of(0640), blanks.mode());
    assertEquals(OptionalLong.of(4294967297L), blanks.size());
    assertEquals(Optional.empty(), blanks.unique());
    assertEquals("big file.bin", blanks.name());
    // FileZilla Server and IIS: fractional seconds
    ListingEntry filezilla = Mlsx.parse("type=dir;modify=20240105123456.123;perm=cdeflmp; Documents");
    assertEquals(ChronoUnit.MILLIS, filezilla.modified().orElseThrow().precision());
    ListingEntry iis = Mlsx.parse("size=689;modify=20230105103456.789;type=file; iisstart.htm");
    assertEquals(Instant.parse("2023-01-05T10:34:56.789Z"), iis.modified().orElseThrow().instant());
    // symbolic links and devices as OS.unix types
    ListingEntry slink = Mlsx.parse("type=OS.unix=slink:/usr/bin;UNIX.mode=0777; bin");
    assertEquals(EntryType.SYMLINK, slink.type());
    assertEquals(Optional.of("/usr/bin"), slink.linkTarget());
    assertEquals(EntryType.SYMLINK, Mlsx.parse("type=OS.unix=symlink; l").type());
    assertEquals(EntryType.SYMLINK, Mlsx.parse("type=OS.unix=slink; l").type());
    assertEquals(Optional.empty(), Mlsx.parse("type=OS.unix=slink:; l").linkTarget());
    assertEquals(EntryType.CHARACTER_DEVICE, Mlsx.parse("type=OS.unix=chr-4/64; tty0").type());
    assertEquals(EntryType.BLOCK_DEVICE, Mlsx.parse("type=OS.unix=blk-8/0; sda").type());
    assertEquals(EntryType.FIFO, Mlsx.parse("type=OS.unix=fifo; p").type());
    assertEquals(EntryType.SOCKET, Mlsx.parse("type=OS.unix=socket; s").type());
    assertEquals(EntryType.OTHER, Mlsx.parse("type=OS.unix=door; d").type());
    assertEquals(EntryType.OTHER, Mlsx.parse("type=OS.vms=weird; d").type());
    // create, lang, media-type, charset
    ListingEntry rich = Mlsx.parse("Type=file;Create=20200101000000;Lang=en;Media-Type=text/plain;"
        + "CharSet=UTF-8; readme");
    assertEquals(Instant.parse("2020-01-01T00:00:00Z"), rich.created().orElseThrow().instant());
    assertEquals(Optional.of("en"), rich.lang());
    assertEquals(Optional.of("text/plain"), rich.mediaType());
    assertEquals(Optional.of("UTF-8"), rich.charset());
  }

  @Test
  void isTolerantOfCaseAndStrictOnStructure() {
    ListingEntry shouting = Mlsx.parse("TYPE=FILE;SIZE=1;MODIFY=20240105123456;PERM=RW?; x");
    assertEquals(EntryType.FILE, shouting.type());
    assertEquals(Optional.of(Set.of(READ, WRITE)), shouting.permissions());
    ListingEntry names = Mlsx.parse("type=file; a;b=c d ");
    assertEquals("a;b=c d ", names.name());
    assertEquals("x", Mlsx.parse("size=1;size=2; x").name());
    assertEquals(OptionalLong.of(2), Mlsx.parse("size=1;size=2; x").size());
    assertEquals(OptionalInt.of(0644), Mlsx.parse("UNIX.mode=100644; x").mode());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "type=file;size=1 name",
        "type=file;size=1;name",
        "type=file;;size=1; x",
        "=file; x",
        "type; x",
        "size=abc; x",
        "size=-1; x",
        "size=; x",
        "size=99999999999999999999; x",
        "modify=2024; x",
        "create=20241301000000; x",
        "UNIX.mode=0999; x",
        "UNIX.mode=; x",
        "UNIX.mode=01234567; x",
        "type=file; ",
      })
  void rejectsMalformedEntries(String line) {
    var e = assertThrows(ListingFormatException.class, () -> Mlsx.parse(line));
    assertTrue(e.getMessage().contains("MLSx"), e.getMessage());
  }

  @Test
  void controlLinesStartWithASpace() {
    assertThrows(ListingFormatException.class, () -> Mlsx.parseControlLine("type=file; x"));
    assertThrows(ListingFormatException.class, () -> Mlsx.parseControlLine(""));
  }

  static ListingEntry sample() {
    return ListingEntry.builder("capmux.tar.z", EntryType.FILE)
        .size(25730)
        .modified(ListingTime.of(Instant.parse("1994-07-28T09:58:54Z"), ChronoUnit.SECONDS))
        .created(ListingTime.of(Instant.parse("1994-07-28T09:58:54.5Z"), ChronoUnit.MILLIS))
        .permissions(Set.of())
        .unique("keVO1+YZ5")
        .lang("en")
        .mediaType("application/x-compress")
        .charset("UTF-8")
        .mode(04755)
        .owner("1000")
        .group("ferry")
        .linkCount(3)
        .build();
  }

  @Test
  void formatsOnlyTheSelectedFacts() {
    ListingEntry e = sample();
    assertEquals("type=file;size=25730;modify=19940728095854;perm=; capmux.tar.z",
        Mlsx.format(e, EnumSet.of(Fact.TYPE, Fact.SIZE, Fact.MODIFY, Fact.PERM)));
    assertEquals("type=file;size=25730;modify=19940728095854;create=19940728095854.500;perm=;"
            + "unique=keVO1+YZ5;lang=en;media-type=application/x-compress;charset=UTF-8;"
            + "UNIX.mode=4755;UNIX.owner=1000;UNIX.group=ferry;UNIX.uid=1000;UNIX.groupname=ferry;"
            + " capmux.tar.z",
        Mlsx.format(e, ALL));
    assertEquals(" capmux.tar.z", Mlsx.format(e, Set.of()));
    assertEquals("modify=19940728095854; capmux.tar.z",
        Mlsx.format(e, Set.of(Fact.MODIFY)), "any set, written in Fact order");
    StringBuilder mlst = new StringBuilder(" ");
    Mlsx.appendTo(mlst, e, EnumSet.of(Fact.TYPE));
    assertEquals(" type=file; capmux.tar.z", mlst.toString());
  }

  @ParameterizedTest
  @CsvSource({
    "FILE, file", "DIRECTORY, dir", "CURRENT_DIRECTORY, cdir", "PARENT_DIRECTORY, pdir",
    "SYMLINK, OS.unix=symlink", "CHARACTER_DEVICE, OS.unix=chr", "BLOCK_DEVICE, OS.unix=blk",
    "FIFO, OS.unix=fifo", "SOCKET, OS.unix=socket", "OTHER, OS.unix=unknown",
  })
  void writesEachType(EntryType type, String value) {
    String line = Mlsx.format(ListingEntry.builder("n", type).build(), Set.of(Fact.TYPE));
    assertEquals("type=" + value + "; n", line);
    assertEquals(type, Mlsx.parse(line).type());
  }

  @Test
  void leavesOutWhatCannotBeWritten() {
    ListingEntry e = ListingEntry.builder("a\r\nb", EntryType.FILE)
        .owner("two words")
        .group("semi;colon")
        .unique("")
        .lang("tab\there")
        .modified(ListingTime.exact(Instant.parse("+10000-01-01T00:00:00Z")))
        .created(ListingTime.exact(Instant.parse("-0001-01-01T00:00:00Z")))
        .build();
    assertEquals("type=file; a??b", Mlsx.format(e, ALL));
    ListingEntry days = ListingEntry.builder("d", EntryType.FILE)
        .modified(ListingTime.of(Instant.parse("2023-01-05T00:00:00Z"), ChronoUnit.DAYS)).build();
    assertEquals("modify=20230105000000; d", Mlsx.format(days, Set.of(Fact.MODIFY)));
    ListingEntry nanos = ListingEntry.builder("n", EntryType.FILE)
        .modified(ListingTime.exact(Instant.parse("2023-01-05T00:00:00.123456789Z"))).build();
    assertEquals("modify=20230105000000.123456789; n", Mlsx.format(nanos, Set.of(Fact.MODIFY)));
    ListingEntry micros = nanos.toBuilder().modified(ListingTime.of(
        Instant.parse("2023-01-05T00:00:00.123456Z"), ChronoUnit.MICROS)).build();
    assertEquals("modify=20230105000000.123456; n", Mlsx.format(micros, Set.of(Fact.MODIFY)));
  }

  @Test
  void namesTheUnixOwnerByItsKind() {
    ListingEntry named = ListingEntry.builder("n", EntryType.FILE).owner("alice").group("7")
        .build();
    assertEquals("UNIX.owner=alice;UNIX.group=7;UNIX.gid=7;UNIX.ownername=alice; n",
        Mlsx.format(named, EnumSet.range(Fact.UNIX_MODE, Fact.UNIX_GROUPNAME)));
    ListingEntry emptyOwner = ListingEntry.builder("n", EntryType.FILE).owner("").build();
    assertEquals(" n", Mlsx.format(emptyOwner, Set.of(Fact.UNIX_UID, Fact.UNIX_OWNERNAME)));
  }

  /** The permissions a {@code perm} fact's letters name. */
  private static EnumSet<MlsxPermission> permissions(String letters) {
    EnumSet<MlsxPermission> permissions = EnumSet.noneOf(MlsxPermission.class);
    letters.chars().forEach(c -> permissions.add(MlsxPermission.ofLetter((char) c)));
    return permissions;
  }
}
