package dev.ferry.ftp.protocol.transfer;

/** Sends TYPE A: inserts a CR before each LF that lacks one (RFC 959 §3.1.1.1). */
final class AsciiEncoder extends ArrayTransform {
  private boolean afterCr;
  private boolean lfOwed;
  private boolean ended;

  @Override
  Result process(byte[] in, int inLimit, byte[] out, int outLimit, boolean endOfInput) {
    int ip = inPos;
    int op = outPos;
    if (ended && ip < inLimit) {
      throw new IllegalStateException("input after the end of input");
    }
    Result result;
    while (true) {
      if (lfOwed) {
        if (op == outLimit) {
          result = Result.OVERFLOW;
          break;
        }
        out[op++] = '\n';
        lfOwed = false;
      }
      // Bytes up to the next LF pass unchanged.
      int room = Math.min(inLimit - ip, outLimit - op);
      int n = ByteScan.copyUntilLf(in, ip, out, op, room);
      if (n > 0) {
        ip += n;
        op += n;
        afterCr = in[ip - 1] == '\r';
      }
      if (n == room) {
        result = ip == inLimit ? Result.UNDERFLOW : Result.OVERFLOW;
        break;
      }
      ip++;
      if (afterCr) {
        out[op++] = '\n';
      } else {
        out[op++] = '\r';
        lfOwed = true;
      }
      afterCr = false;
    }
    if (result == Result.UNDERFLOW && endOfInput) {
      ended = true;
    }
    inPos = ip;
    outPos = op;
    return result;
  }

  @Override
  public boolean isFinished() {
    return ended;
  }
}
