package dev.ferry.ftp.protocol.transfer;

import static dev.ferry.ftp.protocol.transfer.Bytes.ascii;
import static dev.ferry.ftp.protocol.transfer.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.Fuzz;
import dev.ferry.ftp.protocol.transfer.CompressedMode.Filler;
import dev.ferry.ftp.protocol.transfer.TransferEvent.EndOfRecord;
import dev.ferry.ftp.protocol.transfer.TransferEvent.RestartMarker;
import dev.ferry.ftp.protocol.transfer.TransferEvent.SuspectedErrors;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CompressedModeTest {

  // RFC 959 §3.4.3: 0nnnnnnn + n bytes; 10nnnnnn + a byte repeated n times; 11nnnnnn, n filler
  // bytes (space for ASCII and EBCDIC, zero for image); 0x00 + a block-mode descriptor.
  static Stream<Arguments> rfcUnits() {
    return Stream.of(
        Arguments.of("byte string", "03 616263 0040", Filler.ASCII, "616263", List.of()),
        Arguments.of("replicated byte", "85 61 0040", Filler.ASCII, "6161616161", List.of()),
        Arguments.of("replicated once", "81 61 0040", Filler.ASCII, "61", List.of()),
        Arguments.of("ASCII filler", "C3 0040", Filler.ASCII, "202020", List.of()),
        Arguments.of("EBCDIC filler", "C3 0040", Filler.EBCDIC, "404040", List.of()),
        Arguments.of("image filler", "C3 0040", Filler.ZERO, "000000", List.of()),
        Arguments.of("longest run", "BF 78 0040", Filler.ASCII, "78".repeat(63), List.of()),
        Arguments.of(
            "longest string",
            "7F" + "41".repeat(127) + "0040",
            Filler.ASCII,
            "41".repeat(127),
            List.of()),
        Arguments.of(
            "records",
            "02 6162 0080 01 63 00C0",
            Filler.ASCII,
            "616263",
            List.of(new EndOfRecord(2), new EndOfRecord(3))),
        Arguments.of(
            "restart marker",
            "0010 02 5231 01 61 0040",
            Filler.ASCII,
            "61",
            List.of(new RestartMarker(0, "R1"))),
        Arguments.of(
            "marker at the end",
            "0050 01 41",
            Filler.ASCII,
            "",
            List.of(new RestartMarker(0, "A"))),
        Arguments.of(
            "suspect string",
            "0020 02 6162 0040",
            Filler.ASCII,
            "6162",
            List.of(new SuspectedErrors(0, 2))),
        Arguments.of(
            "suspect run",
            "01 7A 0020 84 61 0040",
            Filler.ASCII,
            "7A61616161",
            List.of(new SuspectedErrors(1, 4))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rfcUnits")
  void decodes(String name, String wire, Filler filler, String data, List<TransferEvent> events) {
    for (int chunk = 1; chunk <= 3; chunk++) {
      for (int outSize = 1; outSize <= 3; outSize++) {
        List<TransferEvent> received = new ArrayList<>();
        ByteTransform decoder = CompressedMode.decoder(filler, received::add);
        assertArrayEquals(hex(data), Pump.of(chunk, outSize).apply(decoder, hex(wire)), name);
        assertTrue(decoder.isFinished());
        assertEquals(events, received);
      }
    }
  }

  @ParameterizedTest(name = "\"{0}\": {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''           | without an EOF escape",
        "01 61        | without an EOF escape",
        "02 61        | inside a unit",
        "82           | inside a unit",
        "00           | inside a unit",
        "80 61 0040   | replicated byte with a count of zero",
        "C0 0040      | filler string with a count of zero",
        "00 00        | empty descriptor",
        "00 01        | undefined bits",
        "00 48        | undefined bits",
        "0010 85 41   | must follow its escape as a byte string",
        "0010 00      | must follow its escape as a byte string",
        "0010 02 41   | inside a unit",
        "0010 01 20   | not a printable",
      })
  void rejects(String wire, String reason) {
    ByteTransform decoder = CompressedMode.decoder(Filler.ZERO);
    var e =
        assertThrows(
            TransferEncodingException.class, () -> Pump.of(1, 1).apply(decoder, hex(wire)));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  @Test
  void stopsAtEofAndRejectsWhatFollows() {
    ByteTransform decoder = CompressedMode.decoder(Filler.ASCII);
    ByteBuffer in = ByteBuffer.wrap(hex("01 61 0040 01 62"));
    ByteBuffer out = ByteBuffer.allocate(8);
    assertEquals(ByteTransform.Result.UNDERFLOW, decoder.transform(in, out, false));
    assertTrue(decoder.isFinished());
    assertEquals(4, in.position());
    assertThrows(TransferEncodingException.class, () -> decoder.transform(in, out, false));
  }

  // The encoder's choices: runs of three or more replicate, two or more filler bytes become a
  // filler unit, everything else joins byte strings of up to 127 bytes.
  @ParameterizedTest(name = "{0} \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "ASCII  | ''                  | 0040",
        "ASCII  | 616263              | 03 616263 0040",
        "ASCII  | 616161              | 83 61 0040",
        "ASCII  | 6161                | 02 6161 0040",
        "ASCII  | 2020                | C2 0040",
        "ASCII  | 20                  | 01 20 0040",
        "ASCII  | 6162 202020 6364     | 02 6162 C3 02 6364 0040",
        "ASCII  | 78 61616161 79      | 01 78 84 61 01 79 0040",
        "ASCII  | 00000000            | 84 00 0040",
        "ZERO   | 00000000            | C4 0040",
        "EBCDIC | 4040 20             | C2 01 20 0040",
      })
  void encodes(Filler filler, String data, String wire) {
    assertArrayEquals(hex(wire), Pump.run(CompressedMode.encoder(filler), hex(data)));
  }

  @Test
  void encodesLongRunsAndStrings() {
    assertArrayEquals(
        hex("BF 78 BF 78 BF 78 8B 78 0040"),
        Pump.of(7, 3).apply(CompressedMode.encoder(Filler.ASCII), Bytes.repeat((byte) 'x', 200)));
    assertArrayEquals(
        hex("FF FF E6 0040"),
        Pump.of(1, 1).apply(CompressedMode.encoder(Filler.ASCII), Bytes.repeat((byte) ' ', 164)));
    byte[] alternating = ascii("ab".repeat(65));
    assertArrayEquals(
        Bytes.concat(hex("7F"), Arrays.copyOf(alternating, 127), hex("03 626162 0040")),
        Pump.run(CompressedMode.encoder(Filler.ZERO), alternating));
  }

  @Test
  void encoderMarksRecordsAndRestartPoints() {
    FramingScript script = FramingScript.twoRecordsAroundMarker(ascii("aaab"), ascii("  "));
    assertArrayEquals(
        hex("83 61 01 62 0080 0010 02 5231 C2 0080 0040"),
        script.encode(CompressedMode.encoder(Filler.ASCII), 1, 1));
  }

  @Test
  void encoderRefusesMisuse() {
    FramingEncoder encoder = CompressedMode.encoder(Filler.ASCII);
    assertThrows(IllegalArgumentException.class, () -> encoder.restartMarker("x".repeat(128)));
    assertThrows(IllegalArgumentException.class, () -> encoder.restartMarker("a b"));
    Pump.run(encoder, ascii("abc"));
    assertThrows(IllegalStateException.class, encoder::endRecord);
    assertThrows(IllegalStateException.class, () -> encoder.restartMarker("M"));
    assertThrows(
        IllegalStateException.class,
        () -> encoder.transform(ByteBuffer.wrap(ascii("x")), ByteBuffer.allocate(8), true));
    assertEquals(0x40, Filler.EBCDIC.value());
  }

  /** However the input is split, the encoder makes the same choices. */
  @Property(tries = 200)
  void encodingDoesNotDependOnSplits(
      @ForAll("data") byte[] data, @ForAll Filler filler, @ForAll("pumps") Pump pump) {
    assertArrayEquals(
        Pump.run(CompressedMode.encoder(filler), data),
        pump.apply(CompressedMode.encoder(filler), data));
  }

  /** Runs never cost more than a byte string would: at most one header per 127 bytes, plus EOF. */
  @Property(tries = 200)
  void neverExpandsMuch(@ForAll("data") byte[] data, @ForAll Filler filler) {
    int wire = Pump.run(CompressedMode.encoder(filler), data).length;
    assertTrue(wire <= data.length + (data.length + 126) / 127 + 2, wire + " for " + data.length);
  }

  @Property(tries = 200)
  void roundTrip(
      @ForAll("scripts") FramingScript script,
      @ForAll Filler filler,
      @ForAll @IntRange(min = 1, max = 100) int chunk,
      @ForAll @IntRange(min = 1, max = 10) int outSize,
      @ForAll("pumps") Pump pump) {
    byte[] wire = script.encode(CompressedMode.encoder(filler), chunk, outSize);
    List<TransferEvent> received = new ArrayList<>();
    script.checkDecodes(CompressedMode.decoder(filler, received::add), received, wire, pump);
  }

  /** The decoder stops at the EOF escape and leaves what follows unread. */
  @Property(tries = 200)
  void leavesWhatFollowsTheEnd(
      @ForAll("data") byte[] data, @ForAll("noise") byte[] next, @ForAll("pumps") Pump pump) {
    byte[] wire = Pump.run(CompressedMode.encoder(Filler.ZERO), data);
    Pump.Outcome outcome =
        pump.outcome(CompressedMode.decoder(Filler.ZERO), Bytes.concat(wire, next));
    assertArrayEquals(data, outcome.output());
    assertEquals(next.length, outcome.leftover());
  }

  /** Arbitrary bytes: the decoder returns or throws TransferEncodingException, nothing else. */
  @Property(tries = 2000)
  void fuzz(@ForAll("noise") byte[] wire, @ForAll Filler filler, @ForAll("pumps") Pump pump) {
    Fuzz.throwsOnly(
        wire,
        w -> pump.outcome(CompressedMode.decoder(filler, event -> {}), w),
        TransferEncodingException.class);
  }

  @Provide
  Arbitrary<byte[]> data() {
    Arbitrary<byte[]> runs =
        Arbitraries.of((byte) ' ', (byte) 0, (byte) 0x40, (byte) 'a', (byte) 'b')
            .flatMap(b -> Arbitraries.integers().between(1, 140).map(n -> Bytes.repeat(b, n)))
            .list()
            .ofMaxSize(6)
            .map(parts -> Bytes.concat(parts.toArray(byte[][]::new)));
    return Arbitraries.oneOf(
        runs, Bytes.biased(400, (byte) ' ', (byte) 0, (byte) 0x40, (byte) 'a', (byte) 'b'));
  }

  @Provide
  Arbitrary<FramingScript> scripts() {
    return FramingScript.scripts(data(), 127);
  }

  @Provide
  Arbitrary<byte[]> noise() {
    return Bytes.biased(
        200,
        (byte) 0,
        (byte) 0x40,
        (byte) 0x80,
        (byte) 0x10,
        (byte) 0x20,
        (byte) 0x81,
        (byte) 0xC1,
        (byte) 0x03,
        (byte) 0x41);
  }

  @Provide
  Arbitrary<Pump> pumps() {
    return PumpArbitraries.pumps();
  }
}
