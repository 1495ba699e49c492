package dev.ferry.ftp.protocol.transfer;

/**
 * Sends TYPE E: translates each local byte through the code page's table, and local line ends (LF
 * or CRLF) into the wire's line end (RFC 959 §3.1.1.2). A CR at the end of the input is held until
 * the next byte shows whether it starts a CRLF.
 */
final class EbcdicEncoder extends ArrayTransform {
  private static final int SPECIAL = -1;

  /** The EBCDIC byte for each local byte, or {@link #SPECIAL} for CR and LF. */
  private final int[] codes = new int[256];

  private final byte[] lineEnd;
  private final byte[] cr;
  private final PendingBytes pending = new PendingBytes(4);
  private boolean crHeld;
  private boolean ended;

  EbcdicEncoder(byte[] table, byte[] lineEnd) {
    for (int i = 0; i < 256; i++) {
      codes[i] = table[i] & 0xFF;
    }
    codes['\r'] = SPECIAL;
    codes['\n'] = SPECIAL;
    this.lineEnd = lineEnd;
    this.cr = new byte[] {table['\r']};
  }

  @Override
  Result process(byte[] in, int inLimit, byte[] out, int outLimit, boolean endOfInput) {
    int ip = inPos;
    int op = outPos;
    if (ended && ip < inLimit) {
      throw new IllegalStateException("input after the end of input");
    }
    int[] codes = this.codes;
    Result result;
    while (true) {
      op = pending.drain(out, op, outLimit);
      if (!pending.isEmpty()) {
        result = Result.OVERFLOW;
        break;
      }
      if (crHeld) {
        if (ip == inLimit && !endOfInput) {
          result = Result.UNDERFLOW;
          break;
        }
        crHeld = false;
        if (ip < inLimit && in[ip] == '\n') {
          ip++;
          op = pending.write(lineEnd, out, op, outLimit);
        } else {
          op = pending.write(cr, out, op, outLimit);
        }
        continue;
      }
      int end = ip + Math.min(inLimit - ip, outLimit - op);
      while (ip < end) {
        int code = codes[in[ip] & 0xFF];
        if (code == SPECIAL) {
          break;
        }
        out[op++] = (byte) code;
        ip++;
      }
      if (ip == end) {
        result = ip == inLimit ? Result.UNDERFLOW : Result.OVERFLOW;
        break;
      }
      if (in[ip++] == '\r') {
        crHeld = true;
      } else {
        op = pending.write(lineEnd, out, op, outLimit);
      }
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
