package dev.ferry.ftp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VerbTest {
  /** Every verb the codec must know, by the document that defines it. */
  private static final String ALL_KNOWN =
      // RFC 959 §4.1
      "USER PASS ACCT CWD CDUP SMNT REIN QUIT PORT PASV TYPE STRU MODE RETR STOR STOU APPE ALLO"
          + " REST RNFR RNTO ABOR DELE RMD MKD PWD LIST NLST SITE SYST STAT HELP NOOP"
          + " XCWD XCUP XMKD XRMD XPWD" // RFC 775
          + " AUTH ADAT PBSZ PROT CCC MIC CONF ENC" // RFC 2228
          + " FEAT OPTS EPRT EPSV LANG SIZE MDTM MLST MLSD HOST LPRT LPSV"
          + " MFMT MFCT MFF HASH RANG XCRC XMD5 XSHA1 XSHA256 XSHA512 AVBL CLNT CSID";

  @Test
  void knowsEveryListedVerbAndNothingElse() {
    var expected = new HashSet<>(Arrays.asList(ALL_KNOWN.split(" ")));
    var actual = new HashSet<String>();
    for (Verb verb : Verb.known()) {
      actual.add(verb.name());
      assertTrue(verb.isKnown());
      assertTrue(verb.specification().isPresent(), verb.name());
      assertSame(verb, Verb.of(verb.name()));
      assertSame(verb, Verb.of(verb.name().toLowerCase(Locale.ROOT)));
    }
    assertEquals(expected, actual);
  }

  @ParameterizedTest
  @CsvSource({
    "USER, RFC 959 §4.1.1",
    "RETR, RFC 959 §4.1.3",
    "TYPE, RFC 959 §4.1.2",
    "XMKD, RFC 775",
    "AUTH, RFC 2228 §3",
    "FEAT, RFC 2389 §3",
    "OPTS, RFC 2389 §4",
    "EPSV, RFC 2428 §3",
    "LANG, RFC 2640 §4.1",
    "MLSD, RFC 3659 §7",
    "HOST, RFC 7151 §3",
    "LPRT, RFC 1639 §2",
    "MFMT, draft-somers-ftp-mfxx-04 §3"
  })
  void citesItsSpecification(String name, String specification) {
    assertEquals(Optional.of(specification), Verb.of(name).specification());
  }

  @ParameterizedTest
  @ValueSource(strings = {"retr", "Retr", "rEtR", "RETR"})
  void lookupIgnoresCase(String spelling) {
    assertSame(Verb.RETR, Verb.of(spelling));
  }

  @Test
  void unknownVerbIsANewValueEqualByName() {
    Verb verb = Verb.of("xyzzy");
    assertEquals("XYZZY", verb.name());
    assertEquals("XYZZY", verb.toString());
    assertFalse(verb.isKnown());
    assertEquals(Optional.empty(), verb.specification());
    assertFalse(verb.isSecret());
    assertEquals(verb, Verb.of("XYZZY"));
    assertEquals(verb.hashCode(), Verb.of("XyZzY").hashCode());
    assertNotEquals(verb, Verb.NOOP);
    assertNotEquals(verb, "XYZZY");
  }

  @Test
  void onlyPasswordAndAccountAreSecret() {
    for (Verb verb : Verb.known()) {
      assertEquals(verb == Verb.PASS || verb == Verb.ACCT, verb.isSecret(), verb.name());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "RET R",
        "RETR ",
        " RETR",
        "1RETR",
        "RE-R",
        "RETR\r",
        "NOOP\0",
        "ÉTAT",
        "ＲＥＴＲ",
        "ABCDEFGHIJKLMNOPQ",
        "-",
        "\u0130",
        "٣"
      })
  void refusesWhatIsNotAWordOfOneToSixteenAsciiLettersAndDigits(String name) {
    var e = assertThrows(InvalidArgumentException.class, () -> Verb.of(name));
    assertFalse(e.getMessage().contains("\r"), "the message escapes control characters");
  }

  @Test
  void acceptsSixteenLettersAndDigitsAfterTheFirst() {
    assertEquals("ABCDEFGHIJKLMNOP", Verb.of("abcdefghijklmnop").name());
    assertEquals("X9", Verb.of("x9").name());
    assertSame(Verb.XSHA256, Verb.of("xsha256"));
  }

  @Property(tries = 3000)
  void anyStringIsAVerbOrRefused(@ForAll String name) {
    boolean valid = name.matches("[A-Za-z][A-Za-z0-9]{0,15}");
    try {
      Verb verb = Verb.of(name);
      assertTrue(valid, name);
      assertEquals(name.toUpperCase(Locale.ROOT), verb.name());
    } catch (InvalidArgumentException e) {
      assertFalse(valid, name);
    }
  }

  @Property(tries = 500)
  void lookupIsCaseInsensitive(@ForAll("letters") String name) {
    assertEquals(Verb.of(name.toUpperCase(Locale.ROOT)), Verb.of(name.toLowerCase(Locale.ROOT)));
  }

  @Provide
  Arbitrary<String> letters() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .ofMinLength(1)
        .ofMaxLength(16);
  }
}
