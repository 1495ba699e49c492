package dev.ferry.ftp.protocol.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeflateModeTest {

  /** Interop: what java.util.zip's DeflaterOutputStream writes, the decoder reads. */
  @Property(tries = 150)
  void decodesDeflaterOutputStream(@ForAll("data") byte[] data, @ForAll("pumps") Pump pump) {
    assertArrayEquals(
        data, pump.apply(DeflateMode.decoder(), deflate(data, Deflater.DEFAULT_COMPRESSION)));
  }

  /** Interop: what the encoder writes, InflaterInputStream reads. */
  @Property(tries = 150)
  void encodesForInflaterInputStream(
      @ForAll("data") byte[] data,
      @ForAll @IntRange(min = 0, max = 9) int level,
      @ForAll("pumps") Pump pump) {
    byte[] wire = pump.apply(DeflateMode.encoder(level), data);
    assertEquals(0x78, wire[0] & 0xFF, "zlib header (RFC 1950 §2.2: CM 8, 32K window)");
    assertArrayEquals(data, inflate(wire));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 10})
  void rejectsLevelsOutsideZeroToNine(int level) {
    assertThrows(IllegalArgumentException.class, () -> DeflateMode.encoder(level));
  }

  @Test
  void defaultLevelIsZlibs() {
    byte[] data = "a reasonably compressible line of text\n".repeat(100).getBytes();
    assertArrayEquals(deflate(data, 6), Pump.run(DeflateMode.encoder(), data));
  }

  @Test
  void rejectsTruncatedStreams() {
    byte[] wire = deflate("hello, hello, hello".getBytes(), 6);
    for (int cut = 0; cut < wire.length; cut++) {
      byte[] truncated = Arrays.copyOf(wire, cut);
      var e =
          assertThrows(
              TransferEncodingException.class,
              () -> Pump.of(3, 2).apply(DeflateMode.decoder(), truncated));
      assertTrue(
          e.getMessage().contains("ended before its trailer") || e.getMessage().contains("corrupt"),
          e.getMessage());
    }
  }

  @Test
  void rejectsCorruptStreams() {
    byte[] wire = deflate("hello, hello, hello".getBytes(), 6);
    wire[wire.length - 1] ^= 1; // the Adler-32 check
    ByteTransform decoder = DeflateMode.decoder();
    var e = assertThrows(TransferEncodingException.class, () -> Pump.run(decoder, wire));
    assertTrue(e.getMessage().startsWith("corrupt deflate data"), e.getMessage());
    assertThrows(
        TransferEncodingException.class,
        () -> decoder.transform(ByteBuffer.allocate(0), ByteBuffer.allocate(1), true));
  }

  @Test
  void rejectsPresetDictionaries() {
    Deflater deflater = new Deflater();
    deflater.setDictionary("hello".getBytes());
    deflater.setInput("hello".getBytes());
    deflater.finish();
    byte[] wire = new byte[100];
    int n = deflater.deflate(wire);
    deflater.end();
    var e =
        assertThrows(
            TransferEncodingException.class,
            () -> Pump.run(DeflateMode.decoder(), Arrays.copyOf(wire, n)));
    assertTrue(e.getMessage().contains("dictionary"));
  }

  @Test
  void stopsAtTheEndOfTheZlibStreamAndRejectsWhatFollows() {
    byte[] wire = Bytes.concat(deflate("abc".getBytes(), 6), "next".getBytes());
    ByteTransform decoder = DeflateMode.decoder();
    ByteBuffer in = ByteBuffer.wrap(wire);
    ByteBuffer out = ByteBuffer.allocate(16);
    assertEquals(ByteTransform.Result.UNDERFLOW, decoder.transform(in, out, false));
    assertTrue(decoder.isFinished());
    assertEquals(4, in.remaining());
    assertEquals(3, out.position());
    var e = assertThrows(TransferEncodingException.class, () -> decoder.transform(in, out, true));
    assertTrue(e.getMessage().contains("after the end"));
    assertEquals(
        ByteTransform.Result.UNDERFLOW, decoder.transform(ByteBuffer.allocate(0), out, true));
  }

  /** A zip bomb yields no more per call than the output buffer holds. */
  @Test
  void boundsOutputPerCall() {
    byte[] bomb = deflate(new byte[16 << 20], 9);
    assertTrue(bomb.length < 20_000);
    ByteTransform decoder = DeflateMode.decoder();
    ByteBuffer in = ByteBuffer.wrap(bomb);
    ByteBuffer out = ByteBuffer.allocate(4096);
    assertEquals(ByteTransform.Result.OVERFLOW, decoder.transform(in, out, true));
    assertEquals(4096, out.position());
    assertTrue(in.hasRemaining());
    decoder.close();
  }

  @Test
  void closeReleasesAndIsFinal() {
    ByteTransform encoder = DeflateMode.encoder();
    encoder.close();
    encoder.close();
    assertThrows(
        IllegalStateException.class,
        () -> encoder.transform(ByteBuffer.allocate(0), ByteBuffer.allocate(64), true));
    ByteTransform decoder = DeflateMode.decoder();
    decoder.close();
    decoder.close();
    assertThrows(
        IllegalStateException.class,
        () -> decoder.transform(ByteBuffer.allocate(0), ByteBuffer.allocate(64), true));
  }

  @Test
  void finishedEncoderTakesNoMoreInput() {
    ByteTransform encoder = DeflateMode.encoder();
    Pump.run(encoder, "abc".getBytes());
    assertTrue(encoder.isFinished());
    ByteBuffer out = ByteBuffer.allocate(64);
    assertEquals(
        ByteTransform.Result.UNDERFLOW, encoder.transform(ByteBuffer.allocate(0), out, true));
    assertThrows(
        IllegalStateException.class,
        () -> encoder.transform(ByteBuffer.wrap(new byte[1]), out, true));
    encoder.close();
  }

  /** The decoder stops after the zlib trailer and leaves what follows unread. */
  @Property(tries = 200)
  void leavesWhatFollowsTheEnd(
      @ForAll("data") byte[] data, @ForAll byte[] next, @ForAll("pumps") Pump pump) {
    Pump.Outcome outcome =
        pump.outcome(DeflateMode.decoder(), Bytes.concat(deflate(data, 6), next));
    assertArrayEquals(data, outcome.output());
    assertEquals(next.length, outcome.leftover());
  }

  /** Arbitrary bytes: the decoder returns or throws TransferEncodingException, nothing else. */
  @Property(tries = 2000)
  void fuzz(@ForAll("noise") byte[] wire, @ForAll("pumps") Pump pump) {
    try (ByteTransform decoder = DeflateMode.decoder()) {
      pump.outcome(decoder, wire);
    } catch (TransferEncodingException expected) {
      // rejected, as it may be
    }
  }

  @Provide
  Arbitrary<byte[]> data() {
    return Bytes.biased(2000, (byte) 'a', (byte) 0, (byte) '\n');
  }

  /** Mostly valid zlib streams with a few bytes changed or cut, and plain noise. */
  @Provide
  Arbitrary<byte[]> noise() {
    Arbitrary<byte[]> damaged =
        Bytes.biased(300, (byte) 'a', (byte) 0, (byte) '\n')
            .flatMap(
                d -> {
                  byte[] wire = deflate(d, 6);
                  return Arbitraries.integers()
                      .between(0, wire.length - 1)
                      .list()
                      .ofMaxSize(3)
                      .map(
                          positions -> {
                            byte[] copy = wire.clone();
                            for (int p : positions) {
                              copy[p] ^= (byte) (p * 31 + 1);
                            }
                            return copy;
                          });
                });
    return Arbitraries.oneOf(damaged, Bytes.biased(200, (byte) 0x78, (byte) 0x9C));
  }

  @Provide
  Arbitrary<Pump> pumps() {
    return PumpArbitraries.pumps();
  }

  static byte[] deflate(byte[] data, int level) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(level);
    try (DeflaterOutputStream zip = new DeflaterOutputStream(out, deflater)) {
      zip.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }

  static byte[] inflate(byte[] wire) {
    try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(wire))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
