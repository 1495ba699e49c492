package dev.ferry.ftp.benchmarks;

import dev.ferry.ftp.protocol.LineTooLongException;
import org.openjdk.jmh.annotations.Benchmark;

/** Temporary probe of the JMH setup. */
public class ProbeBenchmark {
  /** Probe. @return a value */
  @Benchmark
  public String probe() {
    return new LineTooLongException(4096).getMessage();
  }
}
