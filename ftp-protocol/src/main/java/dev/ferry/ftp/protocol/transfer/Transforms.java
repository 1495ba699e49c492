package dev.ferry.ftp.protocol.transfer;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Objects;

/**
 * Composition of {@link ByteTransform}s, and adapters that put one in front of a stream or a
 * channel. The adapters do no I/O of their own: they read from and write to what they wrap.
 *
 * <p>A transfer is the type's transform and the mode's, in order: sending, {@code
 * chain(AsciiType.encoder(), DeflateMode.encoder())}; receiving, {@code
 * chain(DeflateMode.decoder(), AsciiType.decoder(LineSeparator.LF))}. {@link #identity()} stands
 * for TYPE I and MODE S.
 *
 * <p>Every adapter owns its transform and what it wraps: closing the adapter closes both, and an
 * adapter that writes first ends the transform's input, so an encoder writes its trailer and a
 * decoder checks that its stream was complete. An adapter that reads reports the end of its data
 * when its transform {@linkplain ByteTransform#isFinished() finishes}, without reading further;
 * bytes it had already read beyond the end of a self-delimiting stream are rejected with {@link
 * TransferEncodingException} (to keep a block-mode connection open across transfers, drive the
 * transform directly instead). The adapters are not thread-safe.
 */
public final class Transforms {
  private static final int BUFFER_SIZE = 32 * 1024;

  private Transforms() {}

  /**
   * Returns a new transform that copies its input unchanged: TYPE I, MODE S.
   *
   * @return a transform whose output is its input
   */
  public static ByteTransform identity() {
    return new Identity();
  }

  /**
   * Returns a new transform that feeds the output of each stage into the next. It is finished when
   * every stage is (a stage that ends early rejects whatever the stages before it still produce);
   * closing it closes every stage.
   *
   * @param stages one or more transforms, first to last; the chain owns them
   * @return the composed transform (the stage itself when there is only one)
   * @throws IllegalArgumentException if {@code stages} is empty
   */
  public static ByteTransform chain(ByteTransform... stages) {
    if (stages.length == 0) {
      throw new IllegalArgumentException("a chain needs at least one stage");
    }
    ByteTransform result = Objects.requireNonNull(stages[0], "stage");
    for (int i = 1; i < stages.length; i++) {
      result = new Chain(result, Objects.requireNonNull(stages[i], "stage"));
    }
    return result;
  }

  /**
   * Returns a stream of the transformed bytes of {@code source}.
   *
   * @param source where the input comes from
   * @param transform what to apply
   * @return an input stream; closing it closes {@code source} and {@code transform}
   */
  public static InputStream inputStream(InputStream source, ByteTransform transform) {
    return new TransformInputStream(
        Objects.requireNonNull(source, "source"),
        Objects.requireNonNull(transform, "transform"),
        BUFFER_SIZE);
  }

  /**
   * Returns a stream that transforms the bytes written to it and writes the result to {@code sink}.
   * Closing it ends the input, writes what remains, and closes {@code sink} and {@code transform};
   * {@code flush()} writes what the transform has produced so far (an encoder may hold back a few
   * bytes, and deflate a good deal more, until close).
   *
   * @param sink where the output goes
   * @param transform what to apply
   * @return an output stream
   */
  public static OutputStream outputStream(OutputStream sink, ByteTransform transform) {
    return new TransformOutputStream(
        Objects.requireNonNull(sink, "sink"),
        Objects.requireNonNull(transform, "transform"),
        BUFFER_SIZE);
  }

  /**
   * Returns a channel of the transformed bytes of {@code source}. If {@code source} is
   * non-blocking, a read returns 0 when it has no bytes to offer.
   *
   * @param source where the input comes from
   * @param transform what to apply
   * @return a readable channel; closing it closes {@code source} and {@code transform}
   */
  public static ReadableByteChannel readableChannel(
      ReadableByteChannel source, ByteTransform transform) {
    return new TransformReadableChannel(
        Objects.requireNonNull(source, "source"),
        Objects.requireNonNull(transform, "transform"),
        BUFFER_SIZE);
  }

  /**
   * Returns a channel that transforms the bytes written to it and writes the result to {@code
   * sink}. If {@code sink} is non-blocking, a write consumes only as much as the channel can pass
   * on, and may return 0; but {@code close()} needs {@code sink} to take all the remaining output
   * and throws {@link java.io.IOException} if it accepts nothing.
   *
   * @param sink where the output goes
   * @param transform what to apply
   * @return a writable channel; closing it ends the input and closes {@code sink} and {@code
   *     transform}
   */
  public static WritableByteChannel writableChannel(
      WritableByteChannel sink, ByteTransform transform) {
    return new TransformWritableChannel(
        Objects.requireNonNull(sink, "sink"),
        Objects.requireNonNull(transform, "transform"),
        BUFFER_SIZE);
  }
}
