package dev.ferry.ftp.protocol.transfer;

/**
 * Writes MODE B blocks (RFC 959 §3.4.2). Headers go through a small queue; data is copied straight
 * from input to output, so a block's header announces the bytes at hand when it is written.
 */
final class BlockEncoder extends ArrayTransform implements FramingEncoder {
  private final int blockSize;
  private final PendingBytes headers = new PendingBytes(16);
  private int blockRemaining;
  private boolean eofWritten;

  BlockEncoder(int blockSize) {
    this.blockSize = blockSize;
  }

  @Override
  Result process(byte[] in, int inLimit, byte[] out, int outLimit, boolean endOfInput) {
    int ip = inPos;
    int op = outPos;
    Result result;
    while (true) {
      op = headers.drain(out, op, outLimit);
      if (!headers.isEmpty()) {
        result = Result.OVERFLOW;
        break;
      }
      if (blockRemaining > 0) {
        int n = Math.min(blockRemaining, Math.min(inLimit - ip, outLimit - op));
        if (n == 0) {
          if (ip < inLimit) {
            result = Result.OVERFLOW;
            break;
          }
          if (endOfInput) {
            throw new IllegalStateException("input ended inside a block whose header is written");
          }
          result = Result.UNDERFLOW;
          break;
        }
        System.arraycopy(in, ip, out, op, n);
        ip += n;
        op += n;
        blockRemaining -= n;
        continue;
      }
      int available = inLimit - ip;
      if (eofWritten) {
        if (available > 0) {
          throw new IllegalStateException("input after the end of input");
        }
        result = Result.UNDERFLOW;
        break;
      }
      if (available == 0 && !endOfInput) {
        result = Result.UNDERFLOW;
        break;
      }
      int n = Math.min(available, blockSize);
      eofWritten = endOfInput && n == available;
      header(eofWritten ? Descriptor.EOF : 0, n);
      blockRemaining = n;
    }
    inPos = ip;
    outPos = op;
    return result;
  }

  private void header(int descriptor, int count) {
    headers.add(descriptor);
    headers.add(count >>> 8);
    headers.add(count);
  }

  @Override
  public boolean isFinished() {
    return eofWritten && blockRemaining == 0 && headers.isEmpty();
  }

  @Override
  public void endRecord() {
    checkBoundary();
    header(Descriptor.EOR, 0);
  }

  @Override
  public void restartMarker(String marker) {
    byte[] bytes = Descriptor.markerBytes(marker, BlockMode.MAX_BLOCK_SIZE);
    checkBoundary();
    header(Descriptor.RESTART, bytes.length);
    headers.add(bytes, 0, bytes.length);
  }

  private void checkBoundary() {
    if (eofWritten) {
      throw new IllegalStateException("the input has ended");
    }
    if (blockRemaining > 0) {
      throw new IllegalStateException("a block is partly written; consume all input first");
    }
  }
}
