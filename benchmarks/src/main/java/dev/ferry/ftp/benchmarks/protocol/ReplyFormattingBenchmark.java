package dev.ferry.ftp.benchmarks.protocol;

import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.ReplyCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Formatting of replies to the bytes a server sends: single-line, 257 pathname and FEAT. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReplyFormattingBenchmark {
  private static final List<String> FEATURES = List.of(
      "Features:", " EPRT", " EPSV", " MDTM", " MFMT", " MLST type*;size*;modify*;perm*;unique*;",
      " REST STREAM", " SIZE", " TVFS", " UTF8", " HASH SHA-1;SHA-256*;SHA-512;MD5;CRC32", "End");

  /**
   * A single-line completion reply.
   *
   * @return the wire bytes
   */
  @Benchmark
  public byte[] singleLine() {
    return Reply.of(ReplyCode.CLOSING_DATA_CONNECTION_226, "Transfer complete (1048576 bytes).")
        .toBytes(StandardCharsets.UTF_8);
  }

  /**
   * A 257 reply whose path needs quoting.
   *
   * @return the wire bytes
   */
  @Benchmark
  public byte[] pathname() {
    return Reply.ofPathname("/home/ferry/a \"quoted\" dir", "is the current directory")
        .toBytes(StandardCharsets.UTF_8);
  }

  /**
   * A twelve-line FEAT reply.
   *
   * @return the wire bytes
   */
  @Benchmark
  public byte[] multiLine() {
    return Reply.of(ReplyCode.SYSTEM_STATUS_211, FEATURES).toBytes(StandardCharsets.UTF_8);
  }
}
