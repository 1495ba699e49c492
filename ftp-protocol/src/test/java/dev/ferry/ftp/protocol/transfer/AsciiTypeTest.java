package dev.ferry.ftp.protocol.transfer;

import static dev.ferry.ftp.protocol.transfer.Bytes.ascii;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AsciiTypeTest {

  // RFC 959 §3.1.1.1: NVT-ASCII on the wire, "<CRLF> ... to denote the end of a line of text".
  // Sending: an LF gains its CR; an existing CRLF stays; a bare CR and 8-bit bytes pass.
  @ParameterizedTest(name = "send \"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "''               | ''",
        "a                | a",
        "a\\n             | a\\r\\n",
        "a\\r\\n          | a\\r\\n",
        "\\n\\n           | \\r\\n\\r\\n",
        "a\\rb            | a\\rb",
        "\\r              | \\r",
        "\\r\\r\\n        | \\r\\r\\n",
        "\\n\\r\\n\\n     | \\r\\n\\r\\n\\r\\n",
        "x\\u00c3\\u00a9\\n | x\\u00c3\\u00a9\\r\\n",
      })
  void sends(String local, String wire) {
    assertArrayEquals(ascii(unescape(wire)), Pump.run(AsciiType.encoder(), ascii(unescape(local))));
  }

  // Receiving: CRLF and a bare LF end a line; a bare CR (also at the very end) is kept.
  @ParameterizedTest(name = "receive \"{0}\" as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a\\r\\nb      | LF   | a\\nb",
        "a\\nb         | LF   | a\\nb",
        "a\\rb         | LF   | a\\rb",
        "a\\r          | LF   | a\\r",
        "\\r\\r\\n     | LF   | \\r\\n",
        "\\r\\n\\r\\n  | LF   | \\n\\n",
        "\\r\\u0000    | LF   | \\r\\u0000",
        "a\\r\\nb      | CRLF | a\\r\\nb",
        "a\\nb         | CRLF | a\\r\\nb",
        "\\r           | CRLF | \\r",
        "\\r\\r\\n     | CRLF | \\r\\r\\n",
        "\\u00ff\\r\\n | CRLF | \\u00ff\\r\\n",
      })
  void receives(String wire, LineSeparator local, String expected) {
    assertArrayEquals(
        ascii(unescape(expected)), Pump.run(AsciiType.decoder(local), ascii(unescape(wire))));
  }

  /** The classic bug: a CR at the end of one buffer and the LF at the start of the next. */
  @Test
  void everySplitPointOfTrickyInputs() {
    List<String> inputs =
        List.of("a\r\nb", "\r\n\r\n", "\r\r\n\n", "\n\r\r", "x\ry\r\n\rz\n", "\r", "\n");
    for (String s : inputs) {
      byte[] data = ascii(s);
      for (int split = 0; split <= data.length; split++) {
        for (int outSize = 1; outSize <= 4; outSize++) {
          Pump pump =
              new Pump(
                  List.of(split, data.length), List.of(outSize), Pump.Kind.HEAP, Pump.Kind.HEAP);
          assertArrayEquals(wire(data), pump.apply(AsciiType.encoder(), data), s + "@" + split);
          for (LineSeparator sep : LineSeparator.values()) {
            assertArrayEquals(
                local(data, sep), pump.apply(AsciiType.decoder(sep), data), s + "@" + split);
          }
        }
      }
    }
  }

  @Property(tries = 400)
  void encoderMatchesModel(@ForAll("text") byte[] local, @ForAll("pumps") Pump pump) {
    assertArrayEquals(wire(local), pump.apply(AsciiType.encoder(), local));
  }

  @Property(tries = 400)
  void decoderMatchesModel(
      @ForAll("text") byte[] wire, @ForAll LineSeparator sep, @ForAll("pumps") Pump pump) {
    assertArrayEquals(local(wire, sep), pump.apply(AsciiType.decoder(sep), wire));
  }

  /** Text whose lines all end in the local separator comes back byte for byte. */
  @Property(tries = 400)
  void roundTrip(
      @ForAll("text") byte[] any,
      @ForAll LineSeparator sep,
      @ForAll("pumps") Pump send,
      @ForAll("pumps") Pump receive) {
    byte[] text = sep == LineSeparator.LF ? withoutCrlf(any) : withCrBeforeEveryLf(any);
    byte[] wire = send.apply(AsciiType.encoder(), text);
    assertArrayEquals(text, receive.apply(AsciiType.decoder(sep), wire));
  }

  @Property(tries = 300)
  void sizeCounterCountsWhatTheEncoderSends(
      @ForAll("text") byte[] local, @ForAll("pumps") Pump pump) throws IOException {
    long expected = pump.apply(AsciiType.encoder(), local).length;
    AsciiSizeCounter heap = AsciiType.sizeCounter();
    AsciiSizeCounter direct = AsciiType.sizeCounter();
    int step = 1 + local.length / 3;
    for (int i = 0; i < local.length; i += step) {
      int n = Math.min(step, local.length - i);
      ByteBuffer piece = ByteBuffer.wrap(local, i, n);
      heap.update(piece);
      assertEquals(0, piece.remaining());
      direct.update(ByteBuffer.allocateDirect(n).put(local, i, n).flip());
    }
    assertEquals(expected, heap.wireSize());
    assertEquals(expected, direct.wireSize());
    assertEquals(
        expected, AsciiType.wireSize(Channels.newChannel(new ByteArrayInputStream(local))));
  }

  @Test
  void sizeCounterRejectsBadRanges() {
    AsciiSizeCounter counter = AsciiType.sizeCounter();
    assertThrows(IndexOutOfBoundsException.class, () -> counter.update(new byte[2], 1, 2));
    counter.update(ascii("a\nb\r\n"), 0, 5);
    assertEquals(6, counter.wireSize());
  }

  @Test
  void inputAfterTheEndIsACallerBug() {
    ByteTransform encoder = AsciiType.encoder();
    ByteBuffer out = ByteBuffer.allocate(8);
    encoder.transform(ByteBuffer.allocate(0), out, true);
    assertTrue(encoder.isFinished());
    assertThrows(
        IllegalStateException.class,
        () -> encoder.transform(ByteBuffer.wrap(ascii("x")), out, true));
    ByteTransform decoder = AsciiType.decoder(LineSeparator.LF);
    decoder.transform(ByteBuffer.allocate(0), out, true);
    assertThrows(
        IllegalStateException.class,
        () -> decoder.transform(ByteBuffer.wrap(ascii("x")), out, true));
    decoder.close();
    assertThrows(
        IllegalStateException.class, () -> decoder.transform(ByteBuffer.allocate(0), out, true));
  }

  @Test
  void systemSeparatorFollowsThePlatform() {
    assertEquals(
        System.lineSeparator(),
        new String(LineSeparator.system().bytes(), StandardCharsets.US_ASCII));
  }

  @Provide
  Arbitrary<byte[]> text() {
    return Bytes.biased(300, (byte) '\r', (byte) '\n', (byte) 'a', (byte) 0xC3, (byte) 0);
  }

  @Provide
  Arbitrary<Pump> pumps() {
    return PumpArbitraries.pumps();
  }

  /** The sending rule, written the obvious way: an LF not after a CR gains one. */
  static byte[] wire(byte[] local) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < local.length; i++) {
      if (local[i] == '\n' && (i == 0 || local[i - 1] != '\r')) {
        out.write('\r');
      }
      out.write(local[i]);
    }
    return out.toByteArray();
  }

  /** The receiving rule, written the obvious way: CRLF and bare LF become the separator. */
  static byte[] local(byte[] wire, LineSeparator sep) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < wire.length; i++) {
      if (wire[i] == '\r' && i + 1 < wire.length && wire[i + 1] == '\n') {
        out.writeBytes(sep.bytes());
        i++;
      } else if (wire[i] == '\n') {
        out.writeBytes(sep.bytes());
      } else {
        out.write(wire[i]);
      }
    }
    return out.toByteArray();
  }

  /** Drops every CR that would end up right before an LF. */
  static byte[] withoutCrlf(byte[] bytes) {
    byte[] out = new byte[bytes.length];
    int n = 0;
    for (byte b : bytes) {
      while (b == '\n' && n > 0 && out[n - 1] == '\r') {
        n--;
      }
      out[n++] = b;
    }
    return Arrays.copyOf(out, n);
  }

  static byte[] withCrBeforeEveryLf(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r')) {
        out.write('\r');
      }
      out.write(bytes[i]);
    }
    return out.toByteArray();
  }

  static String unescape(String s) {
    return s.replace("\\r", "\r")
        .replace("\\n", "\n")
        .replace("\\u0000", "\u0000")
        .replace("\\u00c3", "\u00c3")
        .replace("\\u00a9", "\u00a9")
        .replace("\\u00ff", "\u00ff");
  }
}
