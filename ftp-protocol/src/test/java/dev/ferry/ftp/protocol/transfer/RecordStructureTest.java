package dev.ferry.ftp.protocol.transfer;

import static dev.ferry.ftp.protocol.transfer.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** STRU R in stream mode, RFC 959 §3.4.1: the control codes, escapes and their edge cases. */
class RecordStructureTest {
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] NL = {0x15};

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                 | FF 02",
        "61                 | 61 FF 02",
        "61 0D 0A           | 61 FF 03",
        "61 0D 0A 62        | 61 FF 01 62 FF 02",
        "0D 0A 0D 0A        | FF 01 FF 03",
        "61 FF 62 0D 0A     | 61 FF FF 62 FF 03",
        "61 0D 62           | 61 0D 62 FF 02",
        "61 0D              | 61 0D FF 02",
        "0D 0D 0A           | 0D FF 03",
        "FF                 | FF FF FF 02",
      })
  void encodesLinesAsRecords(String wire, String records) {
    assertArrayEquals(hex(records), Pump.run(RecordStructure.encoder(CRLF), hex(wire)));
    assertArrayEquals(hex(records), Pump.of(1, 1).apply(RecordStructure.encoder(CRLF), hex(wire)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "FF 02              | ''",
        "61 FF 03           | 61 0D 0A",
        "61 FF 01 62 FF 02  | 61 0D 0A 62",
        "61 FF FF 62 FF 01 FF 02 | 61 FF 62 0D 0A",
      })
  void decodesRecordsAsLines(String records, String wire) {
    assertArrayEquals(hex(wire), Pump.run(RecordStructure.decoder(CRLF), hex(records)));
    assertArrayEquals(hex(wire), Pump.of(1, 1).apply(RecordStructure.decoder(CRLF), hex(records)));
  }

  @Test
  void aOneByteLineEndSuchAsEbcdicNl() {
    assertArrayEquals(hex("C1 FF 01 C2 FF 03"),
        Pump.run(RecordStructure.encoder(NL), hex("C1 15 C2 15")));
    assertArrayEquals(hex("C1 15 C2"),
        Pump.run(RecordStructure.decoder(NL), hex("C1 FF 01 C2 FF 02")));
  }

  @Test
  void theDecoderStopsAtTheEndOfFileAndLeavesTheRest() {
    Pump.Outcome outcome =
        Pump.simple().outcome(RecordStructure.decoder(CRLF), hex("61 FF 02 62 63"));
    assertArrayEquals(hex("61"), outcome.output());
    assertEquals(2, outcome.leftover());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"61", "61 FF", "61 FF 04", "FF 00"})
  void corruptRecordsAreRejected(String records) {
    ByteTransform decoder = RecordStructure.decoder(CRLF);
    assertThrows(TransferEncodingException.class, () -> Pump.run(decoder, hex(records)));
  }

  @Test
  void lineEndsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> RecordStructure.encoder(new byte[0]));
    assertThrows(IllegalArgumentException.class, () -> RecordStructure.decoder(new byte[3]));
    assertThrows(IllegalArgumentException.class,
        () -> RecordStructure.encoder(new byte[] {(byte) 0xFF}));
  }

  @Test
  void inputAfterTheEndIsAnError() {
    ByteTransform encoder = RecordStructure.encoder(CRLF);
    ByteBuffer out = ByteBuffer.allocate(16);
    encoder.transform(ByteBuffer.allocate(0), out, true);
    assertTrue(encoder.isFinished());
    assertThrows(IllegalStateException.class,
        () -> encoder.transform(ByteBuffer.wrap(new byte[] {1}), out, true));
  }

  @Property(tries = 300)
  void roundTripsAnyWireBytes(@ForAll("wire") byte[] wire, @ForAll("pumps") Pump send,
      @ForAll("pumps") Pump receive) {
    byte[] records = send.apply(RecordStructure.encoder(CRLF), wire);
    assertArrayEquals(wire, receive.apply(RecordStructure.decoder(CRLF), records));
  }

  @Provide
  Arbitrary<byte[]> wire() {
    return Bytes.biased(300, (byte) '\r', (byte) '\n', (byte) 0xFF);
  }

  @Provide
  Arbitrary<Pump> pumps() {
    return PumpArbitraries.pumps();
  }
}
