package dev.ferry.ftp.protocol.transfer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Test data: readable literals, hex, and generators biased towards the bytes that matter. */
final class Bytes {
  private Bytes() {}

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex.replace(" ", ""));
  }

  static String hex(byte[] bytes) {
    return HexFormat.ofDelimiter(" ").formatHex(bytes);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /**
   * Byte arrays that stress a codec: mostly its special bytes, in runs and mixes, with some
   * arbitrary bytes; empty arrays included.
   */
  static Arbitrary<byte[]> biased(int maxSize, byte... special) {
    Arbitrary<Byte> any = Arbitraries.bytes();
    Arbitrary<Byte> specials = Arbitraries.of(toObjects(special));
    Arbitrary<byte[]> mixed =
        Arbitraries.frequencyOf(Tuple.of(3, specials), Tuple.of(2, any))
            .array(byte[].class)
            .ofMaxSize(maxSize);
    Arbitrary<byte[]> runs =
        specials.flatMap(b -> Arbitraries.integers().between(0, maxSize).map(n -> repeat(b, n)));
    return Arbitraries.frequencyOf(
        Tuple.of(6, mixed),
        Tuple.of(1, runs),
        Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(maxSize)));
  }

  static byte[] repeat(byte b, int n) {
    byte[] bytes = new byte[n];
    Arrays.fill(bytes, b);
    return bytes;
  }

  private static Byte[] toObjects(byte[] bytes) {
    Byte[] objects = new Byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      objects[i] = bytes[i];
    }
    return objects;
  }
}
