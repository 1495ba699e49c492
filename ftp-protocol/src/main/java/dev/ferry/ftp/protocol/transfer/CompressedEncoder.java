package dev.ferry.ftp.protocol.transfer;

/**
 * Writes MODE C units (RFC 959 §3.4.3). It keeps the current run of equal bytes and a byte string
 * of up to 127 bytes open across calls, and decides a run's form only when the run ends: filler for
 * two or more filler bytes, replication for three or more of any other byte, else the bytes join
 * the byte string.
 */
final class CompressedEncoder extends ArrayTransform implements FramingEncoder {
  private static final int MAX_STRING = 127;
  private static final int MAX_RUN = 63;

  private final byte filler;
  private final PendingBytes units = new PendingBytes(512);
  private final byte[] string = new byte[MAX_STRING];
  private int stringLength;
  private byte runByte;
  private int runLength;
  private boolean eofWritten;

  CompressedEncoder(byte filler) {
    this.filler = filler;
  }

  @Override
  Result process(byte[] in, int inLimit, byte[] out, int outLimit, boolean endOfInput) {
    int ip = inPos;
    int op = outPos;
    if (eofWritten && ip < inLimit) {
      throw new IllegalStateException("input after the end of input");
    }
    Result result;
    while (true) {
      op = units.drain(out, op, outLimit);
      if (!units.isEmpty()) {
        result = Result.OVERFLOW;
        break;
      }
      if (ip == inLimit) {
        if (endOfInput && !eofWritten) {
          closeUnits();
          escape(Descriptor.EOF);
          eofWritten = true;
          continue;
        }
        result = Result.UNDERFLOW;
        break;
      }
      // Consume input until a unit is complete, then go and write it.
      byte run = runByte;
      int length = runLength;
      while (ip < inLimit && units.isEmpty()) {
        byte b = in[ip++];
        if (b == run && length > 0 && length < MAX_RUN) {
          length++;
          continue;
        }
        if (length == 1) { // the common case in text: a lone byte joins the string
          string[stringLength++] = run;
          if (stringLength == MAX_STRING) {
            closeString();
          }
        } else {
          runByte = run;
          runLength = length;
          closeRun();
        }
        run = b;
        length = 1;
      }
      runByte = run;
      runLength = length;
    }
    inPos = ip;
    outPos = op;
    return result;
  }

  private void closeRun() {
    int length = runLength;
    runLength = 0;
    if (length >= 2 && runByte == filler) {
      closeString();
      units.add(0xC0 | length);
    } else if (length >= 3) {
      closeString();
      units.add(0x80 | length);
      units.add(runByte);
    } else {
      for (int i = 0; i < length; i++) {
        string[stringLength++] = runByte;
        if (stringLength == MAX_STRING) {
          closeString();
        }
      }
    }
  }

  private void closeString() {
    if (stringLength > 0) {
      units.add(stringLength);
      units.add(string, 0, stringLength);
      stringLength = 0;
    }
  }

  private void closeUnits() {
    closeRun();
    closeString();
  }

  private void escape(int descriptor) {
    units.add(0);
    units.add(descriptor);
  }

  @Override
  public boolean isFinished() {
    return eofWritten && units.isEmpty();
  }

  @Override
  public void endRecord() {
    checkOpen();
    closeUnits();
    escape(Descriptor.EOR);
  }

  @Override
  public void restartMarker(String marker) {
    byte[] bytes = Descriptor.markerBytes(marker, MAX_STRING);
    checkOpen();
    closeUnits();
    escape(Descriptor.RESTART);
    units.add(bytes.length);
    units.add(bytes, 0, bytes.length);
  }

  private void checkOpen() {
    if (eofWritten) {
      throw new IllegalStateException("the input has ended");
    }
  }
}
