package dev.ferry.ftp.server.internal.transfer;

import dev.ferry.ftp.protocol.transfer.ByteTransform;
import dev.ferry.ftp.protocol.transfer.Transforms;
import dev.ferry.ftp.server.internal.data.DataConnection;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.WritableByteChannel;
import java.util.List;
import java.util.Optional;

/**
 * A data connection as a job sees it: channels of local bytes, with the transfer's encoding (TYPE
 * A or E, MODE B, C or Z) applied in between, and the raw socket for zero-copy only when no
 * encoding is in the way.
 */
public final class DataStreams implements Closeable {
  private final DataConnection connection;
  private final ReadableByteChannel input;
  private final WritableByteChannel output;
  private final boolean encodedInput;
  private final boolean encodedOutput;
  private final boolean throttled;

  private DataStreams(DataConnection connection, ReadableByteChannel input,
      WritableByteChannel output, boolean encodedInput, boolean encodedOutput) {
    this.connection = connection;
    this.input = input;
    this.output = output;
    this.encodedInput = encodedInput;
    this.encodedOutput = encodedOutput;
    this.throttled = true;
  }

  private DataStreams(DataConnection connection, Optional<ByteTransform> receive,
      Optional<ByteTransform> send) {
    this.connection = connection;
    this.input = receive.map(t -> Transforms.readableChannel(connection.input(), t))
        .orElse(connection.input());
    this.output = send.map(t -> Transforms.writableChannel(connection.output(), t))
        .orElse(connection.output());
    this.encodedInput = receive.isPresent();
    this.encodedOutput = send.isPresent();
    this.throttled = false;
  }

  /**
   * Returns these streams slowed to the rate of every bucket; zero-copy is off then, since the
   * kernel would send a whole chunk at once.
   *
   * @param buckets the buckets to take from; not empty
   * @return the limited streams
   */
  DataStreams throttled(List<TokenBucket> buckets) {
    return new DataStreams(connection, ThrottledChannels.readable(input, buckets),
        ThrottledChannels.writable(output, buckets), encodedInput, encodedOutput);
  }

  /**
   * Returns the streams of a download or listing: output encoded with {@code send}.
   *
   * @param connection the data connection
   * @param send the encoding, or empty for bytes unchanged
   * @return the streams
   */
  public static DataStreams sending(DataConnection connection, Optional<ByteTransform> send) {
    return new DataStreams(connection, Optional.empty(), send);
  }

  /**
   * Returns the streams of an upload: input decoded with {@code receive}.
   *
   * @param connection the data connection
   * @param receive the decoding, or empty for bytes unchanged
   * @return the streams
   */
  public static DataStreams receiving(DataConnection connection,
      Optional<ByteTransform> receive) {
    return new DataStreams(connection, receive, Optional.empty());
  }

  /**
   * Returns the local bytes the client sends.
   *
   * @return the input
   */
  public ReadableByteChannel input() {
    return input;
  }

  /**
   * Returns where to write local bytes for the client.
   *
   * @return the output
   */
  public WritableByteChannel output() {
    return output;
  }

  /**
   * Returns the socket for {@code FileChannel.transferTo}, when nothing transforms or wraps the
   * bytes.
   *
   * @return the socket channel, or empty
   */
  public Optional<SocketChannel> zeroCopyTarget() {
    return encodedOutput || throttled ? Optional.empty() : connection.zeroCopyTarget();
  }

  /**
   * Ends the output: an encoder writes what it still holds (a deflate trailer, the end-of-file
   * block of MODE B).
   *
   * @throws IOException if writing fails
   */
  public void finish() throws IOException {
    if (encodedOutput) {
      output.close();
    }
  }

  /**
   * Releases the encoders (a deflater holds native memory) after a failure; the data connection
   * is closed by its owner. Never throws.
   */
  @Override
  public void close() {
    if (encodedInput) {
      closeQuietly(input);
    }
    if (encodedOutput) {
      closeQuietly(output);
    }
  }

  private static void closeQuietly(Closeable channel) {
    try {
      channel.close();
    } catch (IOException | RuntimeException e) {
      // The transfer already failed; its reply says why.
    }
  }
}
