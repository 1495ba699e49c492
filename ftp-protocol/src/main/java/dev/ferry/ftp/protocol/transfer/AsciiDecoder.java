package dev.ferry.ftp.protocol.transfer;

/**
 * Receives TYPE A: CRLF and bare LF become the local separator, a bare CR stays (RFC 959 §3.1.1.1).
 * A CR at the end of the input is held until the next byte shows whether it starts a CRLF.
 */
final class AsciiDecoder extends ArrayTransform {
  private static final byte[] CR = {'\r'};

  private final byte[] separator;
  private final PendingBytes pending = new PendingBytes(4);
  private boolean crHeld;
  private boolean ended;

  AsciiDecoder(byte[] separator) {
    this.separator = separator;
  }

  @Override
  Result process(byte[] in, int inLimit, byte[] out, int outLimit, boolean endOfInput) {
    int ip = inPos;
    int op = outPos;
    if (ended && ip < inLimit) {
      throw new IllegalStateException("input after the end of input");
    }
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
          op = pending.write(separator, out, op, outLimit);
        } else {
          op = pending.write(CR, out, op, outLimit);
        }
        continue;
      }
      int room = Math.min(inLimit - ip, outLimit - op);
      int n = ByteScan.copyUntilCrOrLf(in, ip, out, op, room);
      ip += n;
      op += n;
      if (n == room) {
        result = ip == inLimit ? Result.UNDERFLOW : Result.OVERFLOW;
        break;
      }
      if (in[ip++] != '\r') {
        op = writeSeparator(out, op, outLimit);
      } else if (ip == inLimit) {
        crHeld = true; // the next input decides
      } else if (in[ip] == '\n') {
        ip++;
        op = writeSeparator(out, op, outLimit);
      } else {
        op = pending.write(CR, out, op, outLimit);
      }
    }
    if (result == Result.UNDERFLOW && endOfInput) {
      ended = true;
    }
    inPos = ip;
    outPos = op;
    return result;
  }

  /** Writes the separator, queueing what does not fit; the queue is empty when this is called. */
  private int writeSeparator(byte[] out, int op, int outLimit) {
    if (outLimit - op < separator.length) {
      return pending.write(separator, out, op, outLimit);
    }
    for (byte b : separator) {
      out[op++] = b;
    }
    return op;
  }

  @Override
  public boolean isFinished() {
    return ended;
  }
}
