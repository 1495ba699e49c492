package dev.ferry.ftp.protocol.listing;

import static dev.ferry.ftp.protocol.listing.Fact.CHARSET;
import static dev.ferry.ftp.protocol.listing.Fact.MODIFY;
import static dev.ferry.ftp.protocol.listing.Fact.PERM;
import static dev.ferry.ftp.protocol.listing.Fact.SIZE;
import static dev.ferry.ftp.protocol.listing.Fact.TYPE;
import static dev.ferry.ftp.protocol.listing.Fact.UNIQUE;
import static dev.ferry.ftp.protocol.listing.Fact.UNIX_GID;
import static dev.ferry.ftp.protocol.listing.Fact.UNIX_MODE;
import static dev.ferry.ftp.protocol.listing.Fact.UNIX_UID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ferry.ftp.protocol.InvalidArgumentException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FactSelectionTest {
  // RFC 3659 §7.9.2: "MLST Type*;Size;Modify*;Perm;Unique;UNIX.mode;UNIX.chgd;X.hidden;"
  static final FactSelection RFC =
      FactSelection.parseFeature("Type*;Size;Modify*;Perm;Unique;UNIX.mode;UNIX.chgd;X.hidden;");

  @Test
  void parsesTheFeatLineOfTheRfc() {
    assertEquals(EnumSet.of(TYPE, SIZE, MODIFY, PERM, UNIQUE, UNIX_MODE), RFC.supported());
    assertEquals(EnumSet.of(TYPE, MODIFY), RFC.selected());
    assertEquals("type*;size;modify*;perm;unique;UNIX.mode;", RFC.toFeature());
  }

  @Test
  void followsTheOptsExamplesOfTheRfc() {
    // RFC 3659 §7.9.2, in order
    FactSelection s = RFC.select("Type;UNIX.mode;Perm;");
    assertEquals("MLST OPTS type;perm;UNIX.mode;", s.toOptsReply());
    assertEquals("type*;size;modify;perm*;unique;UNIX.mode*;", s.toFeature());
    s = s.select("lang;type;charset;create;");
    assertEquals("MLST OPTS type;", s.toOptsReply());
    s = s.select("size;frogs;");
    assertEquals("MLST OPTS size;", s.toOptsReply());
    FactSelection before = s;
    assertThrows(InvalidArgumentException.class, () -> before.select("unique type;"));
    assertEquals("type;size*;modify;perm;unique;UNIX.mode;", before.toFeature());
    // the second example: no facts, then unique and size, then fish and cakes
    s = RFC.select("");
    assertEquals("MLST OPTS", s.toOptsReply());
    assertEquals("type;size;modify;perm;unique;UNIX.mode;", s.toFeature());
    assertEquals("MLST OPTS size;unique;", s.select("unique;size;").toOptsReply());
    assertEquals("MLST OPTS type;modify;unique;", s.select("unique;type;modify;").toOptsReply());
    assertEquals("MLST OPTS", s.select("fish;cakes;").toOptsReply());
    assertThrows(InvalidArgumentException.class, () -> RFC.select("fish cakes;"));
  }

  @Test
  void followsAClientThroughPureFtpd() {
    FactSelection pure = FactSelection.parseFeature(
        "type*;size*;sizd*;modify*;UNIX.mode*;UNIX.uid*;UNIX.gid*;unique*;");
    assertEquals(EnumSet.of(TYPE, SIZE, MODIFY, UNIQUE, UNIX_MODE, UNIX_UID, UNIX_GID),
        pure.selected());
    FactSelection wanted = pure.select(List.of(TYPE, SIZE, PERM));
    assertEquals(EnumSet.of(TYPE, SIZE), wanted.selected());
    assertEquals("type;size;", wanted.toOptsArgument());
    // Pure-FTPd answers "200  MLST OPTS type;size;sizd;modify;...", two spaces after the code
    FactSelection confirmed = wanted.acceptOptsReply(
        " MLST OPTS type;size;sizd;modify;UNIX.mode;UNIX.uid;UNIX.gid;unique;");
    assertEquals(pure.selected(), confirmed.selected());
    assertEquals(EnumSet.of(TYPE), pure.acceptOptsReply("mlst opts Type;").selected());
    assertEquals(Set.of(), pure.acceptOptsReply("MLST OPTS").selected());
    assertEquals(Set.of(), pure.acceptOptsReply("MLST OPTS ").selected());
    assertEquals("", pure.select(List.of()).toOptsArgument());
  }

  @ParameterizedTest
  @ValueSource(strings = {"MLST OPTIONS type;", "MLST OPTStype;", "", "OPTS", "MLST OPTS type ;"})
  void rejectsMalformedOptsReplies(String text) {
    assertThrows(InvalidArgumentException.class, () -> RFC.acceptOptsReply(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {";", "type;;size;", "type*;", "ty pe;", "type=x;", "\u00e9t\u00e9;",
      "type\t;"})
  void rejectsMalformedOptsArguments(String argument) {
    assertThrows(InvalidArgumentException.class, () -> RFC.select(argument));
  }

  @Test
  void toleratesAFeatLineWithoutItsLastSemicolon() {
    FactSelection s = FactSelection.parseFeature("size*;type*;perm*;lang*;modify*;create");
    assertEquals(EnumSet.of(SIZE, TYPE, PERM, Fact.LANG, MODIFY, Fact.CREATE), s.supported());
    assertEquals(EnumSet.of(SIZE, TYPE, PERM, Fact.LANG, MODIFY), s.selected());
    assertThrows(InvalidArgumentException.class, () -> FactSelection.parseFeature("*;"));
    assertThrows(InvalidArgumentException.class, () -> FactSelection.parseFeature("a**;"));
  }

  @Test
  void keepsSelectedWithinSupported() {
    assertThrows(IllegalArgumentException.class,
        () -> new FactSelection(Set.of(TYPE), Set.of(TYPE, SIZE)));
    FactSelection all = FactSelection.allOf(List.of(TYPE, CHARSET));
    assertEquals(all.supported(), all.selected());
    assertThrows(UnsupportedOperationException.class, () -> all.selected().add(SIZE));
  }

  @Test
  void looksFactsUpWithoutRegardToCase() {
    assertEquals(Optional.of(UNIX_MODE), Fact.lookup("unix.MODE"));
    assertEquals(Optional.of(Fact.MEDIA_TYPE), Fact.lookup("Media-Type"));
    assertEquals(Optional.empty(), Fact.lookup("X.hidden"));
    assertEquals("media-type", Fact.MEDIA_TYPE.wireName());
  }
}
