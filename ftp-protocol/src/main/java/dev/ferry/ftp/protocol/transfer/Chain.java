package dev.ferry.ftp.protocol.transfer;

import java.nio.ByteBuffer;

/**
 * Two transforms in a row, with a buffer between them. The buffer is drained into the second stage
 * before the first may refill it, so the chain holds no more than one buffer of data in flight.
 *
 * <p>The chain is finished when both stages are: a second stage that ends early (a MODE C decoder
 * reading its EOF escape inside a zlib stream) still lets the first read to its own end (the zlib
 * trailer), and rejects any data the first produces after that.
 */
final class Chain implements ByteTransform {
  private static final int BUFFER_SIZE = 16 * 1024;

  private final ByteTransform first;
  private final ByteTransform second;
  private final ByteBuffer between = ByteBuffer.allocate(BUFFER_SIZE).flip();

  Chain(ByteTransform first, ByteTransform second) {
    this.first = first;
    this.second = second;
  }

  @Override
  public Result transform(ByteBuffer in, ByteBuffer out, boolean endOfInput) {
    if (in.hasRemaining() && first.isFinished()) {
      // Rejects input after its end, as it would alone.
      first.transform(in, ByteBuffer.allocate(0), endOfInput);
    }
    while (true) {
      boolean firstDone = first.isFinished();
      if (between.hasRemaining() || firstDone) {
        if (second.transform(between, out, firstDone) == Result.OVERFLOW) {
          return Result.OVERFLOW;
        }
        if (firstDone) {
          return Result.UNDERFLOW;
        }
      }
      between.clear();
      Result result = first.transform(in, between, endOfInput);
      between.flip();
      if (result == Result.UNDERFLOW && !between.hasRemaining() && !first.isFinished()) {
        return Result.UNDERFLOW;
      }
    }
  }

  @Override
  public boolean isFinished() {
    return first.isFinished() && second.isFinished();
  }

  @Override
  public void close() {
    try {
      first.close();
    } finally {
      second.close();
    }
  }
}
