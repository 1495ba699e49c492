package dev.ferry.ftp.protocol.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ferry.ftp.protocol.Fuzz;
import dev.ferry.ftp.protocol.MalformedReplyException;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HashFeatureTest {
  private static final HashAlgorithm SHA_1 = HashAlgorithm.SHA_1;
  private static final HashAlgorithm SHA_256 = HashAlgorithm.SHA_256;
  private static final HashAlgorithm SHA_512 = HashAlgorithm.SHA_512;
  private static final HashAlgorithm MD5 = HashAlgorithm.MD5;

  @Test
  void parsesTheDraftsExample() {
    // draft-bryan-ftpext-hash-02 §3.1 and §3.4: " HASH SHA-256;SHA-512;SHA-1*;MD5"
    HashFeature feature = HashFeature.parse("SHA-256;SHA-512;SHA-1*;MD5");
    assertEquals(List.of(SHA_256, SHA_512, SHA_1, MD5), feature.algorithms());
    assertEquals(Optional.of(SHA_1), feature.selected());
    assertEquals("SHA-256;SHA-512;SHA-1*;MD5", feature.toParameters());
    assertEquals(Feature.of("HASH", "SHA-256;SHA-512;SHA-1*;MD5"), feature.toFeature());
    assertEquals("HASH SHA-256;SHA-512;SHA-1*;MD5", feature.toString());
  }

  @Test
  void readsTheGrammarsTrailingSemicolonAndOtherForms() {
    // §3.1's ABNF: hashlist = 1*( hashname ["*"] ";" )
    assertEquals(
        HashFeature.of(List.of(SHA_1, SHA_256), SHA_256), HashFeature.parse("SHA-1;SHA-256*;"));
    assertEquals(
        HashFeature.of(List.of(SHA_1, SHA_256), SHA_256), HashFeature.parse(" sha-1 ; sha-256* "));
    HashFeature unmarked = HashFeature.parse("SHA-1;SHA-256;SHA-512;MD5;CRC32");
    assertEquals(Optional.empty(), unmarked.selected());
    assertEquals("SHA-1;SHA-256;SHA-512;MD5;CRC32", unmarked.toParameters());
    assertEquals(List.of(SHA_1), HashFeature.parse("SHA-1*;sha-1;SHA-1*").algorithms());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        ";",
        "*",
        "SHA-1;;MD5",
        "SHA-1*;MD5*",
        "SHA 1",
        "SHA-1**",
        ";SHA-1",
        "SHA-1;MD5;;"
      })
  void rejectsBadLists(String parameters) {
    assertThrows(MalformedReplyException.class, () -> HashFeature.parse(parameters));
  }

  @Test
  void checksWhatAServerAnnounces() {
    assertThrows(IllegalArgumentException.class, () -> HashFeature.of(List.of(), SHA_1));
    assertThrows(IllegalArgumentException.class, () -> HashFeature.of(List.of(MD5), SHA_1));
    assertThrows(
        IllegalArgumentException.class, () -> HashFeature.of(List.of(SHA_1, SHA_1), SHA_1));
    assertThrows(NullPointerException.class, () -> HashFeature.of(List.of(SHA_1), null));
    HashFeature feature = HashFeature.of(List.of(SHA_1, MD5), MD5);
    assertEquals(feature.hashCode(), HashFeature.parse("SHA-1;MD5*").hashCode());
    assertNotEquals(feature, HashFeature.parse("SHA-1*;MD5"));
    assertNotEquals(feature, HashFeature.parse("SHA-1;MD5"));
  }

  @Property(tries = 500)
  void roundTrips(@ForAll("features") HashFeature feature) {
    assertEquals(feature, HashFeature.parse(feature.toParameters()));
    Features features = Features.parseReply(Features.of(feature.toFeature()).toReplyLines());
    assertEquals(
        feature, HashFeature.parse(features.find(HashFeature.NAME).orElseThrow().parameters()));
  }

  @Property(tries = 2000)
  void throwsOnlyItsException(@ForAll("listLike") String text) {
    Fuzz.parsesOrThrowsOnly(text, HashFeature::parse, MalformedReplyException.class);
  }

  @Property(tries = 1000)
  void throwsOnlyItsExceptionOnAnyString(@ForAll @StringLength(max = 80) String text) {
    Fuzz.parsesOrThrowsOnly(text, HashFeature::parse, MalformedReplyException.class);
  }

  @Provide
  Arbitrary<HashFeature> features() {
    Arbitrary<HashAlgorithm> algorithm =
        Arbitraries.oneOf(
            Arbitraries.of(HashAlgorithm.computable()),
            Arbitraries.strings()
                .withChars("ABZ019-_/.,")
                .ofMinLength(1)
                .ofMaxLength(10)
                .map(HashAlgorithm::of));
    return algorithm
        .list()
        .uniqueElements()
        .ofMinSize(1)
        .ofMaxSize(8)
        .flatMap(list -> Arbitraries.of(list).map(selected -> HashFeature.of(list, selected)));
  }

  @Provide
  Arbitrary<String> listLike() {
    return Arbitraries.strings().withChars("SHA-15MD;* \t,/").ofMaxLength(24);
  }
}
