package dev.ferry.ftp.protocol.transfer;

import java.nio.ByteBuffer;

/**
 * A streaming transform of one byte stream into another: a transfer type (local form ⇄ wire form,
 * RFC 959 §3.1.1) or a transmission mode (data ⇄ framed or compressed data, RFC 959 §3.4). It has
 * the shape of {@link java.nio.charset.CharsetEncoder#encode(java.nio.CharBuffer, ByteBuffer,
 * boolean)}: the caller moves bytes through it in buffers of any size, split anywhere, and the
 * output is the same however the stream was split.
 *
 * <p>The contract of {@link #transform transform(in, out, endOfInput)}:
 *
 * <ul>
 *   <li>It reads bytes from {@code in} and writes bytes to {@code out}, advancing their positions;
 *       it touches nothing outside position…limit and keeps no reference to either buffer. The two
 *       must not share storage. Bytes of {@code out} between its new position and its limit may
 *       have been overwritten.
 *   <li>{@link Result#OVERFLOW} means {@code out} is full and more output is waiting. The caller
 *       drains {@code out} and calls again with the input that remains in {@code in}.
 *   <li>{@link Result#UNDERFLOW} means every byte of {@code in} was consumed and the transform
 *       needs more input. It keeps the little state a boundary needs itself (a CR that may start a
 *       CRLF, half a block header), so the caller never has to compact and keep input around. The
 *       one exception is a transform that {@link #isFinished() finished} in the middle of {@code
 *       in}: see below.
 *   <li>{@code endOfInput = true} says that {@code in} holds the last bytes of the stream. The
 *       transform then also writes what it was holding back (a trailing CR, an EOF block, the zlib
 *       trailer). When such a call returns {@code UNDERFLOW}, the output is complete and {@link
 *       #isFinished()} is {@code true}.
 *   <li>Any {@code out} with one byte of room is enough: a transform never needs a larger buffer to
 *       make progress, and never drops a byte that did not fit. Every call either consumes input,
 *       produces output, or returns; a caller that follows these rules cannot loop forever.
 * </ul>
 *
 * <p>Decoders of self-delimiting encodings (MODE B, MODE C, MODE Z) become finished when they read
 * the end of the stream and stop there: bytes that follow stay in {@code in}, so a caller that
 * keeps a block-mode connection open can hand them to the next decoder. Passing such bytes to a
 * finished decoder is an error. Decoders throw {@link TransferEncodingException} for corrupt input;
 * the transform is then unusable and every later call throws the same way.
 *
 * <p>A transform is not thread-safe: one transfer, one thread at a time. It may hold native memory
 * (MODE Z), so it is {@link AutoCloseable}; {@link #close()} is idempotent and never throws.
 *
 * @see Transforms for composition and for stream and channel adapters
 */
public interface ByteTransform extends AutoCloseable {

  /** Why a call to {@link ByteTransform#transform} returned. */
  enum Result {
    /** All input was consumed (or the transform finished); give it more input, or stop. */
    UNDERFLOW,
    /** The output buffer is full; drain it and call again with the remaining input. */
    OVERFLOW
  }

  /**
   * Transforms as many bytes from {@code in} into {@code out} as possible.
   *
   * @param in the input; read from its position to its limit
   * @param out the output; written from its position to its limit
   * @param endOfInput whether {@code in} holds the last bytes of the stream
   * @return {@link Result#OVERFLOW} when {@code out} is full and output is pending, else {@link
   *     Result#UNDERFLOW}
   * @throws TransferEncodingException if a decoder reads corrupt or truncated data, or data after
   *     the end of its stream
   * @throws IllegalStateException if input arrives after the caller ended the input, or the
   *     transform was {@linkplain #close() closed}
   */
  Result transform(ByteBuffer in, ByteBuffer out, boolean endOfInput);

  /**
   * Returns whether the output is complete: after a call with {@code endOfInput} returned {@link
   * Result#UNDERFLOW}, or, for a self-delimiting decoder, once it has read the end of its stream.
   *
   * @return {@code true} when no more output will come
   */
  boolean isFinished();

  /** Releases what the transform holds outside the heap. Idempotent; the default does nothing. */
  @Override
  default void close() {}
}
