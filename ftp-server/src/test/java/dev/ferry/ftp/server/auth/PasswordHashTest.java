package dev.ferry.ftp.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hash strings from the algorithms' own test vectors, round trips, and refused strings. */
class PasswordHashTest {
  /** Vectors of the Argon2 reference implementation (phc-winner-argon2, src/test.c). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "password | $argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
      "password | $argon2id$v=19$m=256,t=2,p=2$c29tZXNhbHQ$bQk8UB/VmZZF4Oo79iDXuL5/0ttZwg2f/5U52iv1cDc",
      "password | $argon2i$v=19$m=256,t=2,p=2$c29tZXNhbHQ$T/XOJ2mh1/TIpJHfCdQan76Q5esCFVoT5MAeIM1Oq2E",
      "password | $argon2i$m=256,t=2,p=2$c29tZXNhbHQ$tsEVYKap1h6scGt5ovl9aLRGOqOth+AMB+KwHpDFZPs",
      "'' | $argon2d$v=16$m=8,t=1,p=1$ICAgICAgICA$X54KZYxUSfMUihzebb70sKbheabHilo8gsUldrVU4IU",
  })
  void argon2ReferenceVectors(String password, String encoded) {
    PasswordHash hash = PasswordHash.parse(encoded);
    assertTrue(hash.matches(password));
    assertFalse(hash.matches(password + "x"));
  }

  /** jBCrypt's and OpenBSD's test vectors. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'' | $2a$06$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s.",
      "a | $2a$06$m0CrhHm10qJ3lXRY.5zDGO3rS2KdeeWLuGmsfGlMfOxih58VYVfxe",
      "abc | $2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i",
  })
  void bcryptVectors(String password, String encoded) {
    PasswordHash hash = PasswordHash.parse(encoded);
    assertEquals("2a", hash.algorithm());
    assertTrue(hash.matches(password));
    assertFalse(hash.matches(password + "x"));
  }

  @Test
  void pbkdf2Sha256Vector() {
    // PBKDF2-HMAC-SHA256("password", "salt", 1 iteration, 32 bytes), the widely published value.
    byte[] expected = HexFormat.of()
        .parseHex("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    String encoded = "$pbkdf2-sha256$i=1,l=32$c2FsdA$"
        + java.util.Base64.getEncoder().withoutPadding().encodeToString(expected);
    PasswordHash hash = PasswordHash.parse(encoded);
    assertTrue(hash.matches("password"));
    assertFalse(hash.matches("passwore"));
    assertEquals(encoded, hash.encoded());
    // The same in passlib's form: bare rounds, '.' for '+'.
    String passlib = "$pbkdf2-sha256$1$c2FsdA$"
        + java.util.Base64.getEncoder().withoutPadding().encodeToString(expected).replace('+', '.');
    assertTrue(PasswordHash.parse(passlib).matches("password"));
  }

  @Test
  void pbkdf2Sha1Rfc6070Vector() {
    // RFC 6070 §2: P = "password", S = "salt", c = 2, dkLen = 20.
    byte[] expected = HexFormat.of().parseHex("ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957");
    String encoded = "$pbkdf2-sha1$i=2,l=20$c2FsdA$"
        + java.util.Base64.getEncoder().withoutPadding().encodeToString(expected);
    assertTrue(PasswordHash.parse(encoded).matches("password"));
  }

  @Test
  void newHashesRoundTripWithFreshSalt() {
    PasswordHash one = PasswordHash.argon2id("s3cret é", 64, 1, 1);
    PasswordHash two = PasswordHash.argon2id("s3cret é", 64, 1, 1);
    assertNotEquals(one, two);
    assertTrue(one.encoded().startsWith("$argon2id$v=19$m=64,t=1,p=1$"));
    PasswordHash reread = PasswordHash.parse(one.encoded());
    assertEquals(one, reread);
    assertEquals(one.hashCode(), reread.hashCode());
    assertEquals(one.encoded(), reread.toString());
    assertTrue(reread.matches("s3cret é"));
    assertFalse(reread.matches("s3cret e"));
  }

  @Test
  void defaultsOfEachAlgorithm() {
    PasswordHash argon = PasswordHash.argon2id("pw");
    assertTrue(argon.encoded().startsWith("$argon2id$v=19$m=32768,t=2,p=1$"), argon.encoded());
    assertTrue(argon.matches("pw"));
    PasswordHash bcrypt = PasswordHash.bcrypt("pw");
    assertTrue(bcrypt.encoded().startsWith("$2b$10$"), bcrypt.encoded());
    assertEquals("2b", bcrypt.algorithm());
    assertTrue(PasswordHash.parse(bcrypt.encoded()).matches("pw"));
    PasswordHash pbkdf2 = PasswordHash.pbkdf2("pw");
    assertTrue(pbkdf2.encoded().startsWith("$pbkdf2-sha256$i=310000,l=32$"), pbkdf2.encoded());
    assertTrue(PasswordHash.parse(pbkdf2.encoded()).matches("pw"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "plain", "$", "$md5$abc", "$1$salt$hash", "$argon2id", "$argon2id$v=19$m=256,t=2$c29tZXNhbHQ$AAAAAAAA",
      "$argon2id$v=18$m=256,t=2,p=1$c29tZXNhbHQ$AAAAAAAA",
      "$argon2id$v=19$m=256,t=2,p=1,p=1$c29tZXNhbHQ$AAAAAAAA",
      "$argon2id$v=19$m=4,t=2,p=1$c29tZXNhbHQ$AAAAAAAA",
      "$argon2id$v=19$m=99999999999,t=2,p=1$c29tZXNhbHQ$AAAAAAAA",
      "$argon2id$v=19$m=256,t=0,p=1$c29tZXNhbHQ$AAAAAAAA",
      "$argon2id$v=19$m=256,t=2,p=1$c29t$AAAAAAAA",
      "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$!!!",
      "$argon2id$v=19$m=256,t=2,x=1$c29tZXNhbHQ$AAAAAAAA",
      "$argon2id$m=0256,t=2,p=1$c29tZXNhbHQ$AAAAAAAA",
      "$2b$03$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s.",
      "$2b$10$short", "$2x$10$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s.",
      "$pbkdf2-sha256$i=0$c2FsdA$AAAAAAAAAAA", "$pbkdf2-sha256$c2FsdA$AAAAAAAAAAA",
      "$pbkdf2-sha256$i=1,l=5$c2FsdA$AAAAAAAAAAA", "$pbkdf2-sha256$r=1$c2FsdA$AAAAAAAAAAA",
      "$pbkdf2-md5$i=1$c2FsdA$AAAAAAAAAAA",
  })
  void badStringsAreRefusedWithAReason(String encoded) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse(encoded));
    assertFalse(e.getMessage().isBlank());
  }

  @Test
  void anOverlongStringIsRefusedBeforeParsing() {
    assertThrows(IllegalArgumentException.class,
        () -> PasswordHash.parse("$argon2id$" + "v".repeat(5000)));
  }
}
