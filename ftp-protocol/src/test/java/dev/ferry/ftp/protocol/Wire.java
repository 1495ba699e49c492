package dev.ferry.ftp.protocol;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/** Test helpers: building byte sequences and feeding decoders in chunks. */
final class Wire {
  static final int IAC = 255;
  static final int DONT = 254;
  static final int DO = 253;
  static final int WONT = 252;
  static final int WILL = 251;
  static final int SB = 250;
  static final int GA = 249;
  static final int AYT = 246;
  static final int IP = 244;
  static final int DM = 242;
  static final int NOP = 241;
  static final int SE = 240;

  private Wire() {}

  /** Concatenates strings (as UTF-8), byte arrays, and integers and chars (as single bytes). */
  static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof Integer b) {
        out.write(b);
      } else if (part instanceof Character c) {
        out.write(c);
      } else if (part instanceof byte[] array) {
        out.writeBytes(array);
      } else {
        out.writeBytes(((String) part).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * Feeds {@code data} to {@code decode} in chunks of 1 to {@code maxChunk} bytes, chosen by {@code
   * random}, calling it until it returns null for each chunk, and collects the values. Exceptions
   * go to {@code onError} when it is not null, else they propagate. Fails if a call returns null
   * without consuming its whole chunk, or if a chunk needs more calls than it has bytes (a decoder
   * that does not make progress).
   */
  static <T> List<T> feed(
      byte[] data,
      Random random,
      int maxChunk,
      Function<ByteBuffer, T> decode,
      Consumer<FtpProtocolException> onError) {
    List<T> out = new ArrayList<>();
    int position = 0;
    while (position < data.length) {
      int size = Math.min(1 + random.nextInt(maxChunk), data.length - position);
      ByteBuffer chunk = ByteBuffer.wrap(data, position, size);
      position += size;
      for (int calls = 0; ; calls++) {
        assertTrue(calls <= 2 * size + 2, "decoder makes no progress");
        T value;
        try {
          value = decode.apply(chunk);
        } catch (FtpProtocolException e) {
          if (onError == null) {
            throw e;
          }
          onError.accept(e);
          continue;
        }
        if (value == null) {
          assertFalse(chunk.hasRemaining(), "null returned before the chunk was consumed");
          break;
        }
        out.add(value);
      }
    }
    return out;
  }

  /** Feeds all of {@code data} in one buffer and collects the values; exceptions propagate. */
  static <T> List<T> feedAll(byte[] data, Function<ByteBuffer, T> decode) {
    return feed(data, new Random(0), Math.max(1, data.length), decode, null);
  }
}
