package dev.ferry.ftp.protocol.transfer;

/**
 * Receives TYPE E: translates each wire byte through the code page's table, and line ends into the
 * local separator (RFC 959 §3.1.1.2). NL (0x15) always ends a line; when the wire uses CR LF, so do
 * CR LF (0x0D 0x25) and a bare LF (0x25), and a CR at the end of the input is held until the next
 * byte shows whether it starts a CR LF.
 */
final class EbcdicDecoder extends ArrayTransform {
  private static final int LINE_END = -1;
  private static final int CARRIAGE_RETURN = -2;
  private static final byte EBCDIC_LF = 0x25;

  /** The local byte for each wire byte, or {@link #LINE_END} or {@link #CARRIAGE_RETURN}. */
  private final int[] codes = new int[256];

  private final byte[] separator;
  private final byte[] cr;
  private final PendingBytes pending = new PendingBytes(4);
  private boolean crHeld;
  private boolean ended;

  EbcdicDecoder(byte[] table, byte[] separator, boolean crlfOnWire) {
    for (int i = 0; i < 256; i++) {
      codes[i] = table[i] & 0xFF;
    }
    codes[0x15] = LINE_END;
    if (crlfOnWire) {
      codes[EBCDIC_LF] = LINE_END;
      codes[0x0D] = CARRIAGE_RETURN;
    }
    this.separator = separator;
    this.cr = new byte[] {table[0x0D]};
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
        if (ip < inLimit && in[ip] == EBCDIC_LF) {
          ip++;
          op = pending.write(separator, out, op, outLimit);
        } else {
          op = pending.write(cr, out, op, outLimit);
        }
        continue;
      }
      int end = ip + Math.min(inLimit - ip, outLimit - op);
      int code = 0;
      while (ip < end) {
        code = codes[in[ip] & 0xFF];
        if (code < 0) {
          break;
        }
        out[op++] = (byte) code;
        ip++;
      }
      if (ip == end) {
        result = ip == inLimit ? Result.UNDERFLOW : Result.OVERFLOW;
        break;
      }
      ip++;
      if (code == CARRIAGE_RETURN) {
        crHeld = true;
      } else {
        op = pending.write(separator, out, op, outLimit);
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
