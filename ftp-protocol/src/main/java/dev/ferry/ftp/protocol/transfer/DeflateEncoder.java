package dev.ferry.ftp.protocol.transfer;

import java.nio.ByteBuffer;
import java.util.zip.Deflater;

/**
 * Compresses into a zlib stream with {@link Deflater}, which works on the buffers directly. Frees
 * zlib's native memory as soon as the stream is complete, and on close.
 */
final class DeflateEncoder implements ByteTransform {
  private static final byte[] NOTHING = {};

  private final Deflater deflater;
  private boolean finished;
  private boolean released;
  private boolean closed;

  DeflateEncoder(int level) {
    deflater = new Deflater(level);
  }

  @Override
  public Result transform(ByteBuffer in, ByteBuffer out, boolean endOfInput) {
    if (closed) {
      throw new IllegalStateException("transform is closed");
    }
    if (finished) {
      if (in.hasRemaining()) {
        throw new IllegalStateException("input after the end of input");
      }
      return Result.UNDERFLOW;
    }
    deflater.setInput(in);
    if (endOfInput) {
      deflater.finish();
    }
    try {
      while (true) {
        deflater.deflate(out, Deflater.NO_FLUSH);
        if (deflater.finished()) {
          finished = true;
          release();
          return Result.UNDERFLOW;
        }
        if (!out.hasRemaining()) {
          return Result.OVERFLOW;
        }
        // With room left, zlib stops only when it has consumed all input.
        if (!endOfInput && deflater.needsInput()) {
          return Result.UNDERFLOW;
        }
      }
    } finally {
      if (!released) {
        deflater.setInput(NOTHING); // drop the reference to the caller's buffer
      }
    }
  }

  @Override
  public boolean isFinished() {
    return finished;
  }

  private void release() {
    if (!released) {
      released = true;
      deflater.end();
    }
  }

  @Override
  public void close() {
    closed = true;
    release();
  }
}
