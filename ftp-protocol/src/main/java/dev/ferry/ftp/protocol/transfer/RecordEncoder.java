package dev.ferry.ftp.protocol.transfer;

/**
 * Sends STRU R in stream mode (see {@link RecordStructure}). A line end is held as a pending end
 * of record until the next byte, so that the last one merges with the end of the file into
 * {@code 0xFF 0x03}; the first byte of a two-byte line end is held until the next byte shows
 * whether the line end is complete.
 */
final class RecordEncoder extends ArrayTransform {
  private final byte[] lineEnd;
  private final PendingBytes pending = new PendingBytes(8);
  private boolean firstHeld;
  private boolean recordEnded;
  private boolean ended;

  RecordEncoder(byte[] lineEnd) {
    this.lineEnd = lineEnd;
  }

  @Override
  Result process(byte[] in, int inLimit, byte[] out, int outLimit, boolean endOfInput) {
    int ip = inPos;
    int op = outPos;
    if (ended && ip < inLimit) {
      throw new IllegalStateException("input after the end of input");
    }
    int first = lineEnd[0];
    Result result;
    while (true) {
      op = pending.drain(out, op, outLimit);
      if (!pending.isEmpty()) {
        result = Result.OVERFLOW;
        break;
      }
      if (ip == inLimit) {
        if (endOfInput && !ended) {
          if (firstHeld) {
            firstHeld = false;
            data(first);
          }
          pending.add(RecordStructure.ESCAPE);
          pending.add(recordEnded ? RecordStructure.EOR | RecordStructure.EOF
              : RecordStructure.EOF);
          recordEnded = false;
          ended = true;
          continue;
        }
        result = Result.UNDERFLOW;
        break;
      }
      if (!firstHeld && !recordEnded) {
        // The common case: plain data straight to the output.
        int end = ip + Math.min(inLimit - ip, outLimit - op);
        while (ip < end) {
          byte b = in[ip];
          if (b == first || (b & 0xFF) == RecordStructure.ESCAPE) {
            break;
          }
          out[op++] = b;
          ip++;
        }
        if (ip == end && ip < inLimit) {
          result = Result.OVERFLOW;
          break;
        }
        if (ip == inLimit) {
          continue;
        }
      }
      byte b = in[ip++];
      if (firstHeld) {
        firstHeld = false;
        if (b == lineEnd[1]) {
          endRecord();
          continue;
        }
        data(first);
      }
      if (b == first) {
        if (lineEnd.length == 1) {
          endRecord();
        } else {
          firstHeld = true;
        }
      } else {
        data(b);
      }
    }
    inPos = ip;
    outPos = op;
    return result;
  }

  private void endRecord() {
    flushRecordEnd();
    recordEnded = true;
  }

  private void data(int b) {
    flushRecordEnd();
    if ((b & 0xFF) == RecordStructure.ESCAPE) {
      pending.add(RecordStructure.ESCAPE);
    }
    pending.add(b);
  }

  private void flushRecordEnd() {
    if (recordEnded) {
      pending.add(RecordStructure.ESCAPE);
      pending.add(RecordStructure.EOR);
      recordEnded = false;
    }
  }

  @Override
  public boolean isFinished() {
    return ended && pending.isEmpty();
  }
}
