package dev.ferry.ftp.protocol.transfer;

import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decompresses a zlib stream with {@link Inflater}, which works on the buffers directly and never
 * writes past the output buffer's limit. Stops at the end of the zlib stream, leaving what follows
 * in the input. Frees zlib's native memory as soon as the stream ends or fails, and on close.
 */
final class InflateDecoder implements ByteTransform {
  private static final byte[] NOTHING = {};

  private final Inflater inflater = new Inflater();
  private boolean finished;
  private boolean released;
  private boolean closed;
  private TransferEncodingException failure;

  @Override
  public Result transform(ByteBuffer in, ByteBuffer out, boolean endOfInput) {
    if (closed) {
      throw new IllegalStateException("transform is closed");
    }
    if (failure != null) {
      throw new TransferEncodingException(failure.getMessage(), failure);
    }
    if (finished) {
      if (in.hasRemaining()) {
        throw new TransferEncodingException("data after the end of the zlib stream");
      }
      return Result.UNDERFLOW;
    }
    inflater.setInput(in);
    try {
      return inflate(in, out, endOfInput);
    } catch (TransferEncodingException e) {
      failure = e;
      release();
      throw e;
    } finally {
      if (!released) {
        inflater.setInput(NOTHING); // drop the reference to the caller's buffer
      }
    }
  }

  private Result inflate(ByteBuffer in, ByteBuffer out, boolean endOfInput) {
    while (true) {
      if (!out.hasRemaining()) {
        return Result.OVERFLOW;
      }
      int consumed = in.position();
      int produced;
      try {
        produced = inflater.inflate(out);
      } catch (DataFormatException e) {
        throw new TransferEncodingException("corrupt deflate data: " + e.getMessage(), e);
      }
      if (inflater.finished()) {
        finished = true;
        release();
        return Result.UNDERFLOW;
      }
      if (inflater.needsDictionary()) {
        throw new TransferEncodingException("zlib stream needs a preset dictionary");
      }
      if (produced == 0 && in.position() == consumed) {
        if (in.hasRemaining()) {
          throw new TransferEncodingException("zlib stream makes no progress");
        }
        if (endOfInput) {
          throw new TransferEncodingException("zlib stream ended before its trailer");
        }
        return Result.UNDERFLOW;
      }
    }
  }

  private void release() {
    if (!released) {
      released = true;
      inflater.end();
    }
  }

  @Override
  public boolean isFinished() {
    return finished;
  }

  @Override
  public void close() {
    closed = true;
    release();
  }
}
