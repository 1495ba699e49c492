package dev.ferry.ftp.protocol.transfer;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The base of the transforms that work byte by byte: subclasses loop over plain arrays, and this
 * class maps the caller's buffers onto arrays. A heap buffer lends its own array, so the common
 * case costs no copy; a direct or read-only buffer goes through a small scratch array, in windows.
 *
 * <p>A subclass's {@link #process} reads from {@code in[inPos..inLimit)} and writes to {@code
 * out[outPos..outLimit)}, leaving both cursors where it stopped. It returns {@code OVERFLOW} only
 * when {@code outPos == outLimit}, and {@code UNDERFLOW} only when {@code inPos == inLimit} or it
 * is finished; this class checks both, so a bug cannot turn into an endless loop.
 */
abstract class ArrayTransform implements ByteTransform {
  private static final int SCRATCH_SIZE = 8192;

  /** The input cursor, an index into the array given to {@link #process}. */
  int inPos;

  /** The output cursor, an index into the array given to {@link #process}. */
  int outPos;

  private byte[] inScratch;
  private byte[] outScratch;
  private TransferEncodingException failure;
  private boolean closed;

  /**
   * Transforms {@code in[inPos..inLimit)} into {@code out[outPos..outLimit)}.
   *
   * @param endOfInput whether the window holds the last bytes of the stream
   */
  abstract Result process(byte[] in, int inLimit, byte[] out, int outLimit, boolean endOfInput);

  @Override
  public final Result transform(ByteBuffer in, ByteBuffer out, boolean endOfInput) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    if (closed) {
      throw new IllegalStateException("transform is closed");
    }
    if (failure != null) {
      throw new TransferEncodingException(failure.getMessage(), failure);
    }
    try {
      return pump(in, out, endOfInput);
    } catch (TransferEncodingException e) {
      failure = e;
      throw e;
    }
  }

  private Result pump(ByteBuffer in, ByteBuffer out, boolean endOfInput) {
    while (true) {
      int inStart = in.position();
      int available = in.remaining();
      byte[] ia;
      int ib;
      int il;
      if (in.hasArray()) {
        ia = in.array();
        ib = in.arrayOffset() + inStart;
        il = ib + available;
      } else {
        ia = inScratch == null ? (inScratch = new byte[SCRATCH_SIZE]) : inScratch;
        il = Math.min(available, ia.length);
        ib = 0;
        in.get(inStart, ia, 0, il);
      }
      boolean outArray = out.hasArray();
      byte[] oa;
      int ob;
      int ol;
      if (outArray) {
        oa = out.array();
        ob = out.arrayOffset() + out.position();
        ol = ob + out.remaining();
      } else {
        oa = outScratch == null ? (outScratch = new byte[SCRATCH_SIZE]) : outScratch;
        ob = 0;
        ol = Math.min(out.remaining(), oa.length);
      }
      inPos = ib;
      outPos = ob;
      Result result = process(ia, il, oa, ol, endOfInput && il - ib == available);
      if (result == Result.OVERFLOW ? outPos != ol : inPos != il && !isFinished()) {
        throw new IllegalStateException(getClass().getSimpleName() + " broke its contract");
      }
      in.position(inStart + inPos - ib);
      if (outArray) {
        out.position(out.position() + outPos - ob);
      } else {
        out.put(oa, 0, outPos);
      }
      if (result == Result.OVERFLOW) {
        if (!out.hasRemaining()) {
          return result;
        }
      } else if (!in.hasRemaining() || isFinished()) {
        return result;
      }
    }
  }

  @Override
  public void close() {
    closed = true;
  }
}
