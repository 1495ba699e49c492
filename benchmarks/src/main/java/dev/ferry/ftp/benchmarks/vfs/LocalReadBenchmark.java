package dev.ferry.ftp.benchmarks.vfs;

import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads one file (1 GiB by default) from start to end: through the SPI's {@code local} backend
 * and through a plain {@link FileChannel}, with the same direct buffer, and both again with
 * {@link FileChannel#transferTo} into a sink, the zero-copy path a server takes when the backend
 * hands out a {@code FileChannel}; and the fixed cost of opening the file both ways, which is all
 * the SPI adds to a transfer. The file is written once per trial, so it is in the page cache:
 * what is measured is the cost of the layers, not of the disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class LocalReadBenchmark {
  private static final VirtualPath FILE = VirtualPath.of("/big.bin");

  /** The file's size in bytes. */
  @Param("1073741824")
  public long fileBytes;

  /** The read buffer's size in bytes. */
  @Param("65536")
  public int bufferBytes;

  private Path directory;
  private Path file;
  private VirtualFileSystem fs;
  private ByteBuffer buffer;
  private WritableByteChannel sink;

  /** Creates the benchmark; JMH sets it up. */
  public LocalReadBenchmark() {}

  /**
   * Writes the file and opens the backend on its directory.
   *
   * @throws IOException if the file cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    directory = BenchFiles.createDirectory("vfs-read-");
    file = directory.resolve(FILE.name());
    BenchFiles.writeFile(file, fileBytes);
    fs = BenchFiles.openLocal(directory);
    buffer = ByteBuffer.allocateDirect(bufferBytes);
    sink = FileChannel.open(Path.of("/dev/null"), StandardOpenOption.WRITE);
  }

  /**
   * Closes the backend and deletes the file.
   *
   * @throws IOException if cleaning up fails
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try {
      sink.close();
      fs.close();
    } finally {
      BenchFiles.deleteRecursively(directory);
    }
  }

  /**
   * The baseline: {@link FileChannel#read} into a direct buffer.
   *
   * @return the bytes read
   * @throws IOException if reading fails
   */
  @Benchmark
  public long nioRead() throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return drain(channel);
    }
  }

  /**
   * The SPI: {@code openRead} on the {@code local} backend, read into the same buffer.
   *
   * @return the bytes read
   * @throws IOException if reading fails
   */
  @Benchmark
  public long spiRead() throws IOException {
    try (ReadableByteChannel channel = fs.openRead(FILE, 0)) {
      return drain(channel);
    }
  }

  /**
   * The zero-copy baseline: {@link FileChannel#transferTo} from the file to {@code /dev/null}.
   *
   * @return the bytes transferred
   * @throws IOException if the transfer fails
   */
  @Benchmark
  public long nioTransferTo() throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return transfer(channel);
    }
  }

  /**
   * Zero copy through the SPI: the channel {@code openRead} returns, used as the server uses it
   * when it is a {@link FileChannel}.
   *
   * @return the bytes transferred
   * @throws IOException if the transfer fails
   */
  @Benchmark
  public long spiTransferTo() throws IOException {
    try (ReadableByteChannel channel = fs.openRead(FILE, 0)) {
      if (!(channel instanceof FileChannel fileChannel)) {
        throw new IllegalStateException("the local backend gave no FileChannel: " + channel);
      }
      return transfer(fileChannel);
    }
  }

  /**
   * The fixed cost of a read without its data: open the file with {@link FileChannel#open} and
   * close it. With {@link #spiOpen()}, it bounds the SPI's overhead per transfer independently of
   * the noise in reading a whole file.
   *
   * @return the file's size
   * @throws IOException if opening fails
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public long nioOpen() throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return channel.size();
    }
  }

  /**
   * The fixed cost of a read through the SPI: {@code openRead} (the confined walk from the root,
   * the type check, the open) and close.
   *
   * @return the file's size
   * @throws IOException if opening fails
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public long spiOpen() throws IOException {
    try (ReadableByteChannel channel = fs.openRead(FILE, 0)) {
      return ((FileChannel) channel).size();
    }
  }

  private long drain(ReadableByteChannel channel) throws IOException {
    long total = 0;
    for (int n = channel.read(buffer.clear()); n >= 0; n = channel.read(buffer.clear())) {
      total += n;
    }
    return checked(total);
  }

  private long transfer(FileChannel channel) throws IOException {
    long position = channel.position();
    long end = channel.size();
    while (position < end) {
      position += channel.transferTo(position, end - position, sink);
    }
    return checked(position);
  }

  private long checked(long total) {
    if (total != fileBytes) {
      throw new IllegalStateException("read " + total + " of " + fileBytes + " bytes");
    }
    return total;
  }
}
