package dev.ferry.ftp.protocol.transfer;

/**
 * Receives STRU R in stream mode (see {@link RecordStructure}): ends of records become the line
 * end, a doubled {@code 0xFF} one data byte, and the EOF code ends the stream; bytes after it stay
 * in the input.
 */
final class RecordDecoder extends ArrayTransform {
  private final byte[] lineEnd;
  private final PendingBytes pending = new PendingBytes(4);
  private boolean escaped;
  private boolean done;

  RecordDecoder(byte[] lineEnd) {
    this.lineEnd = lineEnd;
  }

  @Override
  Result process(byte[] in, int inLimit, byte[] out, int outLimit, boolean endOfInput) {
    int ip = inPos;
    int op = outPos;
    Result result;
    while (true) {
      op = pending.drain(out, op, outLimit);
      if (!pending.isEmpty()) {
        result = Result.OVERFLOW;
        break;
      }
      if (done) {
        result = Result.UNDERFLOW;
        break;
      }
      if (ip == inLimit) {
        if (endOfInput) {
          throw new TransferEncodingException(escaped
              ? "record-structured data ended inside a control code"
              : "record-structured data ended without an end-of-file code");
        }
        result = Result.UNDERFLOW;
        break;
      }
      if (escaped) {
        escaped = false;
        control(in[ip++] & 0xFF);
        continue;
      }
      int end = ip + Math.min(inLimit - ip, outLimit - op);
      while (ip < end && (in[ip] & 0xFF) != RecordStructure.ESCAPE) {
        out[op++] = in[ip++];
      }
      if (ip < inLimit && (in[ip] & 0xFF) == RecordStructure.ESCAPE) {
        ip++;
        escaped = true;
      } else if (ip < inLimit) {
        result = Result.OVERFLOW;
        break;
      }
    }
    inPos = ip;
    outPos = op;
    return result;
  }

  private void control(int code) {
    switch (code) {
      case RecordStructure.ESCAPE -> pending.add(RecordStructure.ESCAPE);
      case RecordStructure.EOR -> pending.add(lineEnd, 0, lineEnd.length);
      case RecordStructure.EOF -> done = true;
      case RecordStructure.EOR | RecordStructure.EOF -> {
        pending.add(lineEnd, 0, lineEnd.length);
        done = true;
      }
      default -> throw new TransferEncodingException(
          "unknown record-structure control code 0x" + Integer.toHexString(code));
    }
  }

  @Override
  public boolean isFinished() {
    return done && pending.isEmpty();
  }
}
