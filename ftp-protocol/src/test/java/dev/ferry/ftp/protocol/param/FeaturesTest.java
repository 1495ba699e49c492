package dev.ferry.ftp.protocol.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.Fuzz;
import dev.ferry.ftp.protocol.MalformedReplyException;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FeaturesTest {
  @Test
  void parsesTheRfc2389Example() {
    // RFC 2389 §3.2 (the example after the grammar), with and without the reply codes
    List<String> withCodes =
        List.of(
            "211-Extensions supported:",
            " MLST size*;create;modify*;perm;media-type",
            " SIZE",
            " COMPRESSION",
            " MDTM",
            "211 END");
    Features expected =
        Features.of(
            Feature.of("MLST", "size*;create;modify*;perm;media-type"),
            Feature.of("SIZE"),
            Feature.of("COMPRESSION"),
            Feature.of("MDTM"));
    assertEquals(expected, Features.parseReply(withCodes));
    List<String> textOnly =
        List.of(
            "Extensions supported:",
            " MLST size*;create;modify*;perm;media-type",
            " SIZE",
            " COMPRESSION",
            " MDTM",
            "END");
    assertEquals(expected, Features.parseReply(textOnly));
  }

  @Test
  void parsesTheNoFeaturesForm() {
    // RFC 2389 §3.2: no-features = "211" SP *TCHAR CRLF
    assertEquals(Features.none(), Features.parseReply(List.of("211 No extensions supported")));
    assertEquals(Features.none(), Features.parseReply(List.of("Features:", "End")));
  }

  @Test
  void toleratesWhatServersSend() {
    List<String> lines =
        List.of(
            "211-Features:",
            "MDTM",
            "\tREST STREAM",
            "   SIZE  ",
            "",
            "211-UTF8",
            " AUTH TLS",
            " AUTH SSL",
            " mlst type*;size*;\t",
            "211 End");
    Features features = Features.parseReply(lines);
    assertEquals(
        List.of(
            Feature.of("MDTM"),
            Feature.of("REST", "STREAM"),
            Feature.of("SIZE"),
            Feature.of("UTF8"),
            Feature.of("AUTH", "TLS"),
            Feature.of("AUTH", "SSL"),
            Feature.of("MLST", "type*;size*;")),
        features.all());
  }

  @Test
  void looksNamesUpIgnoringCase() {
    Features features =
        Features.of(Feature.of("AUTH", "TLS"), Feature.of("auth", "SSL"), Feature.of("Mdtm"));
    assertTrue(features.contains("mdtm"));
    assertTrue(features.contains("MDTM"));
    assertFalse(features.contains("SIZE"));
    assertEquals(Optional.of(Feature.of("AUTH", "TLS")), features.find("Auth"));
    assertEquals(Optional.empty(), features.find("MLST"));
    assertEquals(
        List.of(Feature.of("AUTH", "TLS"), Feature.of("AUTH", "SSL")), features.findAll("auth"));
    assertEquals("MDTM", features.find("mdtm").orElseThrow().name());
  }

  @Test
  void formatsTheReplyBody() {
    Features features = Features.none().with(Feature.of("MDTM")).with(Feature.of("REST", "STREAM"));
    assertEquals(List.of("Features:", " MDTM", " REST STREAM", "End"), features.toReplyLines());
    assertEquals(List.of("No features supported"), Features.none().toReplyLines());
    assertEquals(Features.of(List.of(Feature.of("MDTM"), Feature.of("REST", "STREAM"))), features);
    assertEquals(features.hashCode(), Features.parseReply(features.toReplyLines()).hashCode());
    assertNotEquals(features, Features.none());
    assertEquals(
        "Features[Feature[name=MDTM, parameters=]]", Features.of(Feature.of("MDTM")).toString());
  }

  @Test
  void rejectsBadFeatureLines() {
    assertThrows(MalformedReplyException.class, () -> Features.parseReply(List.of()));
    assertThrows(
        MalformedReplyException.class,
        () -> Features.parseReply(List.of("211-Features:", " MD\u00e9TM", "211 End")));
    assertThrows(
        MalformedReplyException.class,
        () -> Features.parseReply(List.of("211-Features:", " MLST a\u0000b", "211 End")));
  }

  @Test
  void checksFeatures() {
    assertThrows(IllegalArgumentException.class, () -> Feature.of(""));
    assertThrows(IllegalArgumentException.class, () -> Feature.of("MD TM"));
    assertThrows(IllegalArgumentException.class, () -> Feature.of("REST", " STREAM"));
    assertThrows(IllegalArgumentException.class, () -> Feature.of("REST", "STREAM "));
    assertThrows(IllegalArgumentException.class, () -> Feature.of("REST", "STR\r\nEAM"));
    assertThrows(NullPointerException.class, () -> Feature.of(null));
    assertEquals(" REST STREAM", Feature.of("rest", "STREAM").toReplyLine());
    assertEquals(" SIZE", Feature.of("size").toReplyLine());
  }

  @Property(tries = 100)
  void roundTrips(@ForAll("features") List<Feature> list) {
    Features features = Features.of(list);
    List<String> lines = features.toReplyLines();
    for (String line : lines.subList(1, Math.max(1, lines.size() - 1))) {
      assertTrue(line.startsWith(" ") && !line.startsWith("  "), line);
    }
    assertEquals(features, Features.parseReply(lines));
  }

  @Property(tries = 500)
  void throwsOnlyItsException(@ForAll("replyLines") List<String> lines) {
    Fuzz.parsesOrThrowsOnly(lines, Features::parseReply, MalformedReplyException.class);
  }

  @Provide
  Arbitrary<List<Feature>> features() {
    Arbitrary<String> names =
        Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> parameters =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20).map(String::strip));
    return Combinators.combine(names, parameters).as(Feature::new).list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<List<String>> replyLines() {
    return Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(30),
            Arbitraries.strings().withChars(" \tAUTHMLS;*211-\u00e9\u0000").ofMaxLength(12))
        .list()
        .ofMaxSize(6);
  }
}
