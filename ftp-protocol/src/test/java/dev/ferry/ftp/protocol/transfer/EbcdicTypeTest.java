package dev.ferry.ftp.protocol.transfer;

import static dev.ferry.ftp.protocol.transfer.Bytes.ascii;
import static dev.ferry.ftp.protocol.transfer.Bytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EbcdicTypeTest {
  private static final EbcdicType IBM037 = EbcdicType.ibm037();
  private static final EbcdicType IBM1047 = EbcdicType.ibm1047();

  /**
   * The IBM code pages come from jdk.charsets, which this module does not require: service binding
   * (java.base uses CharsetProvider) resolves it on the module path these tests run on.
   */
  @Test
  void codePagesResolveOnTheModulePathWithoutARequires() {
    Module module = EbcdicType.class.getModule();
    assertTrue(module.isNamed(), "tests run on the module path");
    Set<String> requires =
        module.getDescriptor().requires().stream()
            .map(ModuleDescriptor.Requires::name)
            .collect(Collectors.toSet());
    assertEquals(Set.of("java.base"), requires);
    assertTrue(ModuleLayer.boot().findModule("jdk.charsets").isPresent());
    assertEquals("IBM037", IBM037.charset().name());
    assertEquals("IBM1047", IBM1047.charset().name());
  }

  // RFC 959 §3.1.1.2: 8-bit EBCDIC characters, "<NL>" ends a line. Bytes from IBM's code page
  // charts for CCSID 37 and 1047 (which differ in brackets, among others).
  @ParameterizedTest(name = "send \"{1}\" in {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "IBM037  | HELLO     | C8 C5 D3 D3 D6",
        "IBM037  | a0 ~      | 81 F0 40 A1",
        "IBM037  | []        | BA BB",
        "IBM1047 | []        | AD BD",
        "IBM037  | \\u00e9   | 51",
        "IBM037  | A\\nB\\n  | C1 15 C2 15",
        "IBM037  | A\\r\\nB  | C1 15 C2",
        "IBM037  | A\\rB     | C1 0D C2",
        "IBM037  | \\r       | 0D",
        "IBM1047 | A\\r\\r\\n| C1 0D 15",
      })
  void sends(String codePage, String local, String wire) {
    EbcdicType type = EbcdicType.of(Charset.forName(codePage));
    assertArrayEquals(hex(wire), Pump.run(type.encoder(), latin1(local)));
  }

  @Test
  void sendsCrLfWhenAsked() {
    EbcdicType crlf = IBM037.withLineEnd(EbcdicType.LineEnd.CRLF);
    assertArrayEquals(hex("C1 0D 25 C2 0D 25"), Pump.run(crlf.encoder(), ascii("A\nB\r\n")));
  }

  @ParameterizedTest(name = "receive {1} ({0}, {2})")
  @CsvSource(
      delimiter = '|',
      value = {
        "NL   | C8 C5 D3 D3 D6 15  | LF   | HELLO\\n",
        "NL   | C1 15 C2           | CRLF | A\\r\\nB",
        "NL   | C1 0D 25           | LF   | A\\r\\n",
        "NL   | 0D                 | LF   | \\r",
        "CRLF | C1 0D 25 C2        | LF   | A\\nB",
        "CRLF | C1 25 C2 15        | LF   | A\\nB\\n",
        "CRLF | C1 0D C2 0D        | LF   | A\\rB\\r",
        "CRLF | 0D 0D 25           | CRLF | \\r\\r\\n",
      })
  void receives(EbcdicType.LineEnd lineEnd, String wire, LineSeparator local, String expected) {
    ByteTransform decoder = IBM037.withLineEnd(lineEnd).decoder(local);
    assertArrayEquals(latin1(expected), Pump.run(decoder, hex(wire)));
  }

  @Property(tries = 300)
  void encoderMatchesModel(
      @ForAll("text") byte[] local, @ForAll("types") EbcdicType type, @ForAll("pumps") Pump pump) {
    assertArrayEquals(encodeModel(type, local), pump.apply(type.encoder(), local));
  }

  /** Any byte sequence decodes; the decoder has nothing to reject. */
  @Property(tries = 300)
  void decoderMatchesModel(
      @ForAll("wire") byte[] wire,
      @ForAll("types") EbcdicType type,
      @ForAll LineSeparator sep,
      @ForAll("pumps") Pump pump) {
    assertArrayEquals(decodeModel(type, wire, sep), pump.apply(type.decoder(sep), wire));
  }

  /**
   * Latin-1 text whose lines end in the local separator comes back byte for byte, except U+0085
   * (NEL), EBCDIC's own newline, which reads back as a line end.
   */
  @Property(tries = 300)
  void roundTrip(
      @ForAll("text") byte[] any,
      @ForAll("types") EbcdicType type,
      @ForAll LineSeparator sep,
      @ForAll("pumps") Pump send,
      @ForAll("pumps") Pump receive) {
    byte[] text = normalize(any, sep);
    byte[] wire = send.apply(type.encoder(), text);
    assertArrayEquals(text, receive.apply(type.decoder(sep), wire));
  }

  @Test
  void rejectsCharsetsThatAreNotSingleByteLatin1Ebcdic() {
    assertThrows(IllegalArgumentException.class, () -> EbcdicType.of(Charset.forName("IBM1140")));
    assertThrows(IllegalArgumentException.class, () -> EbcdicType.of(StandardCharsets.ISO_8859_1));
    assertThrows(IllegalArgumentException.class, () -> EbcdicType.of(StandardCharsets.UTF_8));
    assertThrows(IllegalArgumentException.class, () -> EbcdicType.of(StandardCharsets.US_ASCII));
    assertThrows(IllegalArgumentException.class, () -> EbcdicType.of(StandardCharsets.UTF_16));
    assertThrows(IllegalArgumentException.class, () -> EbcdicType.of(new DecodeOnly()));
    assertThrows(NullPointerException.class, () -> IBM037.decoder(null));
  }

  @Test
  void inputAfterTheEndIsACallerBug() {
    for (ByteTransform t : List.of(IBM037.encoder(), IBM037.decoder(LineSeparator.LF))) {
      ByteBuffer out = ByteBuffer.allocate(8);
      t.transform(ByteBuffer.allocate(0), out, true);
      assertTrue(t.isFinished());
      assertThrows(
          IllegalStateException.class, () -> t.transform(ByteBuffer.wrap(ascii("x")), out, true));
    }
  }

  @Test
  void isAValue() {
    EbcdicType crlf = IBM037.withLineEnd(EbcdicType.LineEnd.CRLF);
    assertEquals(EbcdicType.LineEnd.NL, IBM037.lineEnd());
    assertEquals(EbcdicType.LineEnd.CRLF, crlf.lineEnd());
    assertEquals(IBM037, EbcdicType.ibm037());
    assertEquals(IBM037.hashCode(), EbcdicType.ibm037().hashCode());
    assertNotEquals(IBM037, crlf);
    assertNotEquals(IBM037, IBM1047);
    assertNotEquals(IBM037, "IBM037");
    assertEquals("EbcdicType[IBM1047, NL]", IBM1047.toString());
  }

  @Provide
  Arbitrary<byte[]> text() {
    return Bytes.biased(300, (byte) '\r', (byte) '\n', (byte) 'a', (byte) 0x85, (byte) 0xE9);
  }

  @Provide
  Arbitrary<byte[]> wire() {
    return Bytes.biased(300, (byte) 0x0D, (byte) 0x25, (byte) 0x15, (byte) 0xC1, (byte) 0x40);
  }

  @Provide
  Arbitrary<EbcdicType> types() {
    return Arbitraries.of(
        IBM037,
        IBM1047,
        IBM037.withLineEnd(EbcdicType.LineEnd.CRLF),
        IBM1047.withLineEnd(EbcdicType.LineEnd.CRLF));
  }

  @Provide
  Arbitrary<Pump> pumps() {
    return PumpArbitraries.pumps();
  }

  private static byte[] latin1(String s) {
    return AsciiTypeTest.unescape(s)
        .replace("\\u00e9", "\u00e9")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] lineEnd(EbcdicType type) {
    return type.lineEnd() == EbcdicType.LineEnd.NL ? new byte[] {0x15} : new byte[] {0x0D, 0x25};
  }

  /** The sending rule through String's own charset path: LF and CRLF end lines. */
  private static byte[] encodeModel(EbcdicType type, byte[] local) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < local.length; i++) {
      if (local[i] == '\r' && i + 1 < local.length && local[i + 1] == '\n') {
        continue;
      }
      if (local[i] == '\n') {
        out.writeBytes(lineEnd(type));
      } else {
        out.writeBytes(String.valueOf((char) (local[i] & 0xFF)).getBytes(type.charset()));
      }
    }
    return out.toByteArray();
  }

  private static byte[] decodeModel(EbcdicType type, byte[] wire, LineSeparator sep) {
    boolean crlf = type.lineEnd() == EbcdicType.LineEnd.CRLF;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < wire.length; i++) {
      int b = wire[i] & 0xFF;
      if (crlf && b == 0x0D && i + 1 < wire.length && wire[i + 1] == 0x25) {
        out.writeBytes(sep.bytes());
        i++;
      } else if (b == 0x15 || crlf && b == 0x25) {
        out.writeBytes(sep.bytes());
      } else {
        out.write(new String(new byte[] {(byte) b}, type.charset()).charAt(0));
      }
    }
    return out.toByteArray();
  }

  /** Lines end only in {@code sep}; no NEL. */
  private static byte[] normalize(byte[] bytes, LineSeparator sep) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte b : bytes) {
      if (b != (byte) 0x85) {
        out.write(b);
      }
    }
    byte[] text = out.toByteArray();
    return sep == LineSeparator.LF
        ? AsciiTypeTest.withoutCrlf(text)
        : AsciiTypeTest.withCrBeforeEveryLf(text);
  }

  /** A charset that can only decode. */
  private static final class DecodeOnly extends Charset {
    DecodeOnly() {
      super("x-decode-only", null);
    }

    @Override
    public boolean contains(Charset cs) {
      return false;
    }

    @Override
    public CharsetDecoder newDecoder() {
      return StandardCharsets.ISO_8859_1.newDecoder();
    }

    @Override
    public CharsetEncoder newEncoder() {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean canEncode() {
      return false;
    }
  }
}
