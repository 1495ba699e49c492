package dev.ferry.ftp.benchmarks.protocol;

import dev.ferry.ftp.protocol.CommandDecoder;
import dev.ferry.ftp.protocol.DecodedCommand;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding of command lines as a server reads them: a buffer holding a typical session's mix of
 * commands (ASCII and UTF-8 arguments), framed, Telnet-filtered and parsed into commands.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CommandParsingBenchmark {
  private static final String[] LINES = {
    "USER ferry", "PASS secret", "TYPE I", "EPSV", "CWD /data/incoming",
    "RETR report 2026-11-21.csv", "STOR Übersicht Straße.txt", "MLSD", "REST 1048576", "NOOP",
  };
  /** Commands per benchmark invocation. */
  static final int COMMANDS = 1_000;

  private byte[] wire;
  private CommandDecoder decoder;

  /** Builds the wire bytes once. */
  @Setup
  public void setUp() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < COMMANDS; i++) {
      text.append(LINES[i % LINES.length]).append("\r\n");
    }
    wire = text.toString().getBytes(StandardCharsets.UTF_8);
    decoder = new CommandDecoder();
  }

  /**
   * Decodes {@value #COMMANDS} commands from one buffer.
   *
   * @param sink consumes the commands
   */
  @Benchmark
  @OperationsPerInvocation(COMMANDS)
  public void decodeCommands(Blackhole sink) {
    ByteBuffer in = ByteBuffer.wrap(wire);
    DecodedCommand command;
    while ((command = decoder.decode(in)) != null) {
      sink.consume(command);
    }
  }
}
