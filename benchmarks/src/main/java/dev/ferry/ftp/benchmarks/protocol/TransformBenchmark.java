package dev.ferry.ftp.benchmarks.protocol;

import static dev.ferry.ftp.protocol.transfer.LineSeparator.LF;

import dev.ferry.ftp.protocol.transfer.AsciiType;
import dev.ferry.ftp.protocol.transfer.ByteTransform;
import dev.ferry.ftp.protocol.transfer.EbcdicType;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the TYPE A and TYPE E transforms on 1 MiB of text (lines of 0 to 120 printable
 * bytes, LF-terminated locally), fed and drained in 64 KiB heap buffers as a data connection does.
 * One operation moves the MiB of text (its wire form, for a decoder) through a new transform, so
 * the score in operations per second is MiB of text per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class TransformBenchmark {
  private static final int SIZE = 1 << 20;
  private static final int CHUNK = 64 * 1024;

  /** Which transform runs: direction and representation type. */
  @Param({"ascii-encode", "ascii-decode", "ebcdic-encode", "ebcdic-decode", "ebcdic-crlf-decode"})
  public String kind;

  private final ByteBuffer out = ByteBuffer.allocate(CHUNK);
  private Supplier<ByteTransform> factory;
  private byte[] input;

  /** Builds the local text and, for a decoder, its wire form. */
  @Setup
  public void setUp() {
    Random random = new Random(42);
    byte[] text = new byte[SIZE];
    int i = 0;
    while (i < SIZE) {
      int line = Math.min(random.nextInt(121), SIZE - i - 1);
      for (int j = 0; j < line; j++) {
        text[i++] = (byte) (' ' + random.nextInt(95));
      }
      if (i < SIZE) {
        text[i++] = '\n';
      }
    }
    EbcdicType ebcdic = EbcdicType.ibm037();
    EbcdicType ebcdicCrlf = ebcdic.withLineEnd(EbcdicType.LineEnd.CRLF);
    input = text;
    factory =
        switch (kind) {
          case "ascii-encode" -> AsciiType::encoder;
          case "ascii-decode" -> wire(AsciiType.encoder(), () -> AsciiType.decoder(LF));
          case "ebcdic-encode" -> ebcdic::encoder;
          case "ebcdic-decode" -> wire(ebcdic.encoder(), () -> ebcdic.decoder(LF));
          case "ebcdic-crlf-decode" -> wire(ebcdicCrlf.encoder(), () -> ebcdicCrlf.decoder(LF));
          default -> throw new IllegalArgumentException(kind);
        };
  }

  /** Makes the input the wire form of the text, for {@code decoder}. */
  private Supplier<ByteTransform> wire(ByteTransform encoder, Supplier<ByteTransform> decoder) {
    ByteBuffer all = ByteBuffer.allocate(input.length * 2);
    encoder.transform(ByteBuffer.wrap(input), all, true);
    input = Arrays.copyOf(all.array(), all.position());
    return decoder;
  }

  /**
   * Moves the MiB through a new transform.
   *
   * @return the bytes written
   */
  @Benchmark
  public long run() {
    ByteTransform transform = factory.get();
    long written = 0;
    for (int start = 0; start < input.length; start += CHUNK) {
      int length = Math.min(CHUNK, input.length - start);
      ByteBuffer in = ByteBuffer.wrap(input, start, length);
      boolean last = start + length == input.length;
      while (transform.transform(in, out, last) == ByteTransform.Result.OVERFLOW) {
        written += out.position();
        out.clear();
      }
      written += out.position();
      out.clear();
    }
    return written;
  }
}
