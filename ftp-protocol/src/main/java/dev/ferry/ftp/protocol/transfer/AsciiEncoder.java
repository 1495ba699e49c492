package dev.ferry.ftp.protocol.transfer;

/** Sends TYPE A: inserts a CR before each LF that lacks one (RFC 959 §3.1.1.1). */
final class AsciiEncoder extends TextTransform {
  private boolean afterCr;
  private boolean lfOwed;

  @Override
  Result convert(byte[] in, int inLimit, byte[] out, int outLimit, boolean endOfInput) {
    int ip = inPos;
    int op = outPos;
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
    inPos = ip;
    outPos = op;
    return result;
  }
}
