package dev.ferry.ftp.protocol.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.Fuzz;
import dev.ferry.ftp.protocol.MalformedReplyException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileHashTest {
  // draft-bryan-ftpext-hash-02 §1.1 and §3.4, without the "..." the draft adds to shorten lines
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "SHA-1 0-255 80bc95fd391772fa61c91ed68567f09 filename.ext; SHA-1; 0; 255;"
            + " 80bc95fd391772fa61c91ed68567f09; filename.ext",
        "SHA-256 0-49 169cd22282da7f147cb491e559e9dd filename.ext; SHA-256; 0; 49;"
            + " 169cd22282da7f147cb491e559e9dd; filename.ext",
        "SHA-256 0-99 f0ad929cd259957e160ea442eb8098 filename.ext; SHA-256; 0; 99;"
            + " f0ad929cd259957e160ea442eb8098; filename.ext",
        "md5 10-10 ABCDEF my file  name.txt; MD5; 10; 10; abcdef; my file  name.txt",
        "CRC32   0-3   cbf43926  leading space; CRC32; 0; 3; cbf43926; ' leading space'",
      })
  void parsesThe213Payload(
      String text, String algorithm, long start, long end, String hash, String pathname) {
    FileHash fileHash = FileHash.parse(text);
    assertEquals(HashAlgorithm.of(algorithm), fileHash.algorithm());
    assertEquals(new ByteRange(start, end), fileHash.range());
    assertEquals(hash, fileHash.hash());
    assertEquals(pathname, fileHash.pathname());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "SHA-1",
        "SHA-1 0-255",
        "SHA-1 0-255 80bc",
        "SHA-1 0-255 80bc ",
        "SHA-1 0255 80bc f",
        "SHA-1 5-4 80bc f",
        "SHA-1 -1-4 80bc f",
        "SHA-1 0-255 xyz f",
        "SHA 1 0-255 80bc f",
        "SHA-1 0-255 80bc... f",
        "SHA-1 0-99999999999999999999 80bc f",
        "SHA-1 0-255 80bc f\u0000"
      })
  void rejectsBadPayloads(String text) {
    assertThrows(MalformedReplyException.class, () -> FileHash.parse(text));
  }

  @Test
  void formatsFromADigest() {
    byte[] digest =
        HashAlgorithm.SHA_1.newMessageDigest().digest("abc".getBytes(StandardCharsets.US_ASCII));
    FileHash fileHash = FileHash.of(HashAlgorithm.SHA_1, new ByteRange(0, 2), digest, "a b.txt");
    assertEquals(
        "SHA-1 0-2 a9993e364706816aba3e25717850c26c9cd0d89d a b.txt", fileHash.toReplyText());
    assertTrue(fileHash.matches(digest));
    assertFalse(fileHash.matches(new byte[20]));
  }

  @Test
  void checksItsParts() {
    ByteRange range = new ByteRange(0, 1);
    assertThrows(
        IllegalArgumentException.class, () -> new FileHash(HashAlgorithm.MD5, range, "", "f"));
    assertThrows(
        IllegalArgumentException.class, () -> new FileHash(HashAlgorithm.MD5, range, "g", "f"));
    assertThrows(
        IllegalArgumentException.class, () -> new FileHash(HashAlgorithm.MD5, range, "a", ""));
    assertThrows(
        IllegalArgumentException.class, () -> new FileHash(HashAlgorithm.MD5, range, "a", "x\ny"));
    assertThrows(NullPointerException.class, () -> new FileHash(null, range, "a", "f"));
    assertThrows(NullPointerException.class, () -> new FileHash(HashAlgorithm.MD5, null, "a", "f"));
    assertEquals("ab", new FileHash(HashAlgorithm.MD5, range, "AB", "f").hash());
  }

  @Property(tries = 500)
  void roundTrips(@ForAll("hashes") FileHash fileHash) {
    assertEquals(fileHash, FileHash.parse(fileHash.toReplyText()));
  }

  @Property(tries = 2000)
  void throwsOnlyItsException(@ForAll("payloadLike") String text) {
    Fuzz.parsesOrThrowsOnly(text, FileHash::parse, MalformedReplyException.class);
  }

  @Property(tries = 1000)
  void throwsOnlyItsExceptionOnAnyString(@ForAll @StringLength(max = 80) String text) {
    Fuzz.parsesOrThrowsOnly(text, FileHash::parse, MalformedReplyException.class);
  }

  @Provide
  Arbitrary<FileHash> hashes() {
    Arbitrary<HashAlgorithm> algorithms = Arbitraries.of(HashAlgorithm.computable());
    Arbitrary<String> hex =
        Arbitraries.strings().withChars("0123456789abcdef").ofMinLength(1).ofMaxLength(128);
    Arbitrary<String> pathnames =
        Arbitraries.strings()
            .ofMinLength(1)
            .ofMaxLength(40)
            .filter(p -> p.indexOf('\r') < 0 && p.indexOf('\n') < 0 && p.indexOf('\0') < 0);
    return Combinators.combine(algorithms, ByteRangeTest.ranges(), hex, pathnames)
        .as(FileHash::new);
  }

  @Provide
  Arbitrary<String> payloadLike() {
    return Arbitraries.strings().withChars("SHA-1MD5 0123456789abcdef-\t/x").ofMaxLength(40);
  }
}
