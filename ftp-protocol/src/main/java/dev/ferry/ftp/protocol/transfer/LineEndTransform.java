package dev.ferry.ftp.protocol.transfer;

/**
 * The line-end machine that the TYPE A decoder and both TYPE E transforms share. A scan copies
 * bytes, translated or not, up to the next byte that ends a line; that byte becomes {@code
 * lineEnd}, except a CR: a CR followed by an LF becomes {@code lineEnd} with it, and any other CR
 * becomes {@code loneCr}, the byte after it read as usual. A CR at the end of the input is held
 * until the next byte shows whether it starts a CR LF. Output that does not fit waits in a small
 * queue, which is what lets the transforms work with an output buffer of a single byte.
 */
abstract class LineEndTransform extends TextTransform {
  private final byte cr;
  private final byte lf;
  private final byte[] lineEnd;
  private final byte[] loneCr;
  private final PendingBytes pending = new PendingBytes(4);
  private boolean crHeld;

  /**
   * Creates the machine.
   *
   * @param cr the input byte that is a CR; the scan stops at it, or never meets it
   * @param lf the input byte that completes a CR LF
   * @param lineEnd the output for a line end
   * @param loneCr the output for a CR that starts no CR LF
   */
  LineEndTransform(byte cr, byte lf, byte[] lineEnd, byte[] loneCr) {
    this.cr = cr;
    this.lf = lf;
    this.lineEnd = lineEnd;
    this.loneCr = loneCr;
  }

  /**
   * Copies up to {@code n} bytes from {@code in[ip..]} to {@code out[op..]}, translating them,
   * and stops before the first byte that ends a line or is a CR; returns how many it copied. May
   * write anywhere in {@code out[op..op+n)}.
   */
  abstract int copyText(byte[] in, int ip, byte[] out, int op, int n);

  @Override
  final Result convert(byte[] in, int inLimit, byte[] out, int outLimit, boolean endOfInput) {
    int ip = inPos;
    int op = outPos;
    while (true) {
      op = pending.drain(out, op, outLimit);
      if (!pending.isEmpty()) {
        return stop(ip, op, Result.OVERFLOW);
      }
      if (!crHeld) {
        int room = Math.min(inLimit - ip, outLimit - op);
        int n = copyText(in, ip, out, op, room);
        ip += n;
        op += n;
        if (n == room) {
          return stop(ip, op, ip == inLimit ? Result.UNDERFLOW : Result.OVERFLOW);
        }
        if (in[ip++] != cr) {
          op = pending.write(lineEnd, out, op, outLimit);
          continue;
        }
        crHeld = true;
      }
      // A CR: the byte after it decides, here or in the next call.
      if (ip == inLimit && !endOfInput) {
        return stop(ip, op, Result.UNDERFLOW);
      }
      crHeld = false;
      boolean crLf = ip < inLimit && in[ip] == lf;
      if (crLf) {
        ip++;
      }
      op = pending.write(crLf ? lineEnd : loneCr, out, op, outLimit);
    }
  }

  private Result stop(int ip, int op, Result result) {
    inPos = ip;
    outPos = op;
    return result;
  }
}
