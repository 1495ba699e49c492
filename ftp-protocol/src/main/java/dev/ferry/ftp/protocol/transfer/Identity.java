package dev.ferry.ftp.protocol.transfer;

import java.nio.ByteBuffer;

/** Copies input to output unchanged: TYPE I and MODE S. */
final class Identity implements ByteTransform {
  private boolean ended;
  private boolean closed;

  @Override
  public Result transform(ByteBuffer in, ByteBuffer out, boolean endOfInput) {
    if (closed) {
      throw new IllegalStateException("transform is closed");
    }
    if (ended && in.hasRemaining()) {
      throw new IllegalStateException("input after the end of input");
    }
    int n = Math.min(in.remaining(), out.remaining());
    out.put(out.position(), in, in.position(), n);
    in.position(in.position() + n);
    out.position(out.position() + n);
    if (in.hasRemaining()) {
      return Result.OVERFLOW;
    }
    ended |= endOfInput;
    return Result.UNDERFLOW;
  }

  @Override
  public boolean isFinished() {
    return ended;
  }

  @Override
  public void close() {
    closed = true;
  }
}
