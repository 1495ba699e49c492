package dev.ferry.ftp.protocol.transfer;

import static dev.ferry.ftp.protocol.transfer.Bytes.ascii;
import static dev.ferry.ftp.protocol.transfer.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ftp.protocol.Fuzz;
import dev.ferry.ftp.protocol.transfer.TransferEvent.EndOfRecord;
import dev.ferry.ftp.protocol.transfer.TransferEvent.RestartMarker;
import dev.ferry.ftp.protocol.transfer.TransferEvent.SuspectedErrors;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BlockModeTest {

  // RFC 959 §3.4.2: a header of descriptor (128 EOR, 64 EOF, 32 suspected errors, 16 restart
  // marker) and a 16-bit count, then count bytes.
  static Stream<Arguments> rfcBlocks() {
    return Stream.of(
        Arguments.of("empty EOF block", "40 0000", "", List.of()),
        Arguments.of("data, then EOF block", "00 0003 616263 40 0000", "abc", List.of()),
        Arguments.of("EOF on the data block", "40 0003 616263", "abc", List.of()),
        Arguments.of("empty data block", "00 0000 40 0000", "", List.of()),
        Arguments.of(
            "records (STRU R)",
            "80 0002 6162 00 0001 63 C0 0000",
            "abc",
            List.of(new EndOfRecord(2), new EndOfRecord(3))),
        // The RFC's example: "to transmit a six-character marker" — descriptor 16, count 6.
        Arguments.of(
            "six-character restart marker",
            "10 0006 313233343536 40 0000",
            "",
            List.of(new RestartMarker(0, "123456"))),
        Arguments.of(
            "marker between data",
            "00 0002 6162 10 0002 5231 40 0001 63",
            "abc",
            List.of(new RestartMarker(2, "R1"))),
        Arguments.of(
            "marker that ends the file", "50 0001 41", "", List.of(new RestartMarker(0, "A"))),
        Arguments.of(
            "suspected errors", "20 0002 6162 40 0000", "ab", List.of(new SuspectedErrors(0, 2))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rfcBlocks")
  void decodes(String name, String wire, String data, List<TransferEvent> events) {
    for (int chunk = 1; chunk <= 4; chunk++) {
      List<TransferEvent> received = new ArrayList<>();
      ByteTransform decoder = BlockMode.decoder(received::add);
      assertArrayEquals(ascii(data), Pump.of(chunk, 1).apply(decoder, hex(wire)), name);
      assertTrue(decoder.isFinished());
      assertEquals(events, received);
    }
  }

  static Stream<Arguments> corruptBlocks() {
    return Stream.of(
        Arguments.of("", "ended without an EOF block"),
        Arguments.of("00 0001 61", "ended without an EOF block"),
        Arguments.of("00 00", "inside a block header"),
        Arguments.of("00 0002 61", "1 bytes short"),
        Arguments.of("10 0003 4142", "1 bytes short"),
        Arguments.of("01 0000", "undefined bits"),
        Arguments.of("48 0000", "undefined bits"),
        Arguments.of("10 0000", "without a marker"),
        Arguments.of("10 0003 412042 40 0000", "not a printable"),
        Arguments.of("10 0001 0A 40 0000", "not a printable"),
        Arguments.of("10 0001 FF 40 0000", "not a printable"));
  }

  @ParameterizedTest(name = "\"{0}\": {1}")
  @MethodSource("corruptBlocks")
  void rejects(String wire, String reason) {
    ByteTransform decoder = BlockMode.decoder();
    var e =
        assertThrows(
            TransferEncodingException.class, () -> Pump.of(1, 1).apply(decoder, hex(wire)));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
    // A rejected stream stays rejected.
    assertThrows(
        TransferEncodingException.class,
        () -> decoder.transform(ByteBuffer.allocate(0), ByteBuffer.allocate(1), true));
  }

  @Test
  void stopsAtEofAndRejectsWhatFollows() {
    ByteTransform decoder = BlockMode.decoder();
    ByteBuffer in = ByteBuffer.wrap(hex("40 0001 61 00 0001 62"));
    ByteBuffer out = ByteBuffer.allocate(8);
    assertEquals(ByteTransform.Result.UNDERFLOW, decoder.transform(in, out, false));
    assertTrue(decoder.isFinished());
    assertEquals(4, in.position(), "the next transfer's block is left in place");
    assertEquals(1, out.position());
    var e = assertThrows(TransferEncodingException.class, () -> decoder.transform(in, out, false));
    assertTrue(e.getMessage().contains("after the EOF block"));
  }

  @Test
  void finishedDecoderAcceptsNothingFurther() {
    ByteTransform decoder = BlockMode.decoder();
    Pump.run(decoder, hex("40 0000"));
    assertEquals(
        ByteTransform.Result.UNDERFLOW,
        decoder.transform(ByteBuffer.allocate(0), ByteBuffer.allocate(0), true));
  }

  @Test
  void encoderFramesWhatItIsGiven() {
    assertArrayEquals(
        hex("00 0004 61626364 00 0004 65666768 40 0002 696A"),
        Pump.run(BlockMode.encoder(4), ascii("abcdefghij")));
    assertArrayEquals(hex("40 0000"), Pump.run(BlockMode.encoder(), new byte[0]));
    // Input that ends at a block boundary gets an empty EOF block.
    FramingScript abc = new FramingScript(List.of(new FramingScript.Data(ascii("abc"))));
    assertArrayEquals(hex("00 0003 616263 40 0000"), abc.encode(BlockMode.encoder(), 3, 64));
    byte[] big = new byte[70_000];
    byte[] wire = Pump.run(BlockMode.encoder(), big);
    assertEquals(big.length + 6, wire.length);
    assertArrayEquals(hex("00 FFFF"), Arrays.copyOf(wire, 3));
    assertArrayEquals(hex("40 1171"), Arrays.copyOfRange(wire, 65538, 65541));
  }

  @Test
  void encoderMarksRecordsAndRestartPoints() {
    FramingScript script = FramingScript.twoRecordsAroundMarker(ascii("ab"), ascii("c"));
    assertArrayEquals(
        hex("00 0002 6162 80 0000 10 0002 5231 00 0001 63 80 0000 40 0000"),
        script.encode(BlockMode.encoder(), 100, 1));
  }

  /** After OVERFLOW the caller hands back what remains, possibly in smaller pieces. */
  @Test
  void encoderFinishesABlockFromLaterInput() {
    FramingEncoder encoder = BlockMode.encoder();
    ByteBuffer out = ByteBuffer.allocate(5);
    assertEquals(
        ByteTransform.Result.OVERFLOW,
        encoder.transform(ByteBuffer.wrap(ascii("abcd")), out, false));
    ByteBuffer rest = ByteBuffer.allocate(64);
    assertEquals(
        ByteTransform.Result.UNDERFLOW,
        encoder.transform(ByteBuffer.wrap(ascii("c")), rest, false));
    assertEquals(
        ByteTransform.Result.UNDERFLOW, encoder.transform(ByteBuffer.wrap(ascii("d")), rest, true));
    assertTrue(encoder.isFinished());
    byte[] wire = Bytes.concat(out.array(), Arrays.copyOf(rest.array(), rest.position()));
    assertArrayEquals(hex("00 0004 61626364 40 0000"), wire);
  }

  @Test
  void encoderRefusesMisuse() {
    assertThrows(IllegalArgumentException.class, () -> BlockMode.encoder(0));
    assertThrows(IllegalArgumentException.class, () -> BlockMode.encoder(65_536));
    FramingEncoder encoder = BlockMode.encoder();
    for (String bad : new String[] {"", "a b", "caf\u00e9", "x".repeat(65_536), "\u0001"}) {
      assertThrows(IllegalArgumentException.class, () -> encoder.restartMarker(bad), bad);
    }
    // Mid-block: the header already announced bytes still in the input.
    ByteBuffer in = ByteBuffer.wrap(ascii("abcdef"));
    assertEquals(
        ByteTransform.Result.OVERFLOW, encoder.transform(in, ByteBuffer.allocate(5), false));
    assertThrows(IllegalStateException.class, encoder::endRecord);
    assertThrows(IllegalStateException.class, () -> encoder.restartMarker("M"));
    // Ending the input with fewer bytes than the header announced.
    assertThrows(
        IllegalStateException.class,
        () -> encoder.transform(ByteBuffer.allocate(0), ByteBuffer.allocate(8), true));
    FramingEncoder ended = BlockMode.encoder();
    Pump.run(ended, new byte[0]);
    assertThrows(IllegalStateException.class, ended::endRecord);
    assertThrows(
        IllegalStateException.class,
        () -> ended.transform(ByteBuffer.wrap(ascii("x")), ByteBuffer.allocate(8), true));
  }

  @Property(tries = 300)
  void roundTrip(
      @ForAll("scripts") FramingScript script,
      @ForAll @IntRange(min = 1, max = 300) int blockSize,
      @ForAll @IntRange(min = 1, max = 100) int chunk,
      @ForAll @IntRange(min = 1, max = 10) int outSize,
      @ForAll("pumps") Pump pump) {
    byte[] wire = script.encode(BlockMode.encoder(blockSize), chunk, outSize);
    List<TransferEvent> received = new ArrayList<>();
    script.checkDecodes(BlockMode.decoder(received::add), received, wire, pump);
  }

  /** The decoder stops at EOF and leaves what follows (the next transfer's blocks) unread. */
  @Property(tries = 200)
  void leavesWhatFollowsTheEnd(
      @ForAll("scripts") FramingScript script,
      @ForAll("noise") byte[] next,
      @ForAll("pumps") Pump pump) {
    byte[] wire = script.encode(BlockMode.encoder(), 50, 7);
    Pump.Outcome outcome = pump.outcome(BlockMode.decoder(), Bytes.concat(wire, next));
    assertArrayEquals(script.data(), outcome.output());
    assertEquals(next.length, outcome.leftover());
  }

  /** Arbitrary bytes: the decoder returns or throws TransferEncodingException, nothing else. */
  @Property(tries = 2000)
  void fuzz(@ForAll("noise") byte[] wire, @ForAll("pumps") Pump pump) {
    List<TransferEvent> events = new ArrayList<>();
    Fuzz.throwsOnly(
        wire, w -> pump.outcome(BlockMode.decoder(events::add), w), TransferEncodingException.class);
    for (TransferEvent event : events) {
      if (event instanceof RestartMarker m) {
        assertTrue(m.marker().chars().allMatch(c -> c > 0x20 && c < 0x7F));
      }
    }
  }

  @Provide
  Arbitrary<FramingScript> scripts() {
    return FramingScript.scripts(Bytes.biased(400, (byte) 0, (byte) 0x40, (byte) 'a'), 40);
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
        (byte) 0x41,
        (byte) 1,
        (byte) 2);
  }

  @Provide
  Arbitrary<Pump> pumps() {
    return PumpArbitraries.pumps();
  }
}
