package dev.ferry.ftp.protocol.transfer;

import java.util.function.Consumer;

/**
 * Reads MODE B blocks (RFC 959 §3.4.2): parses headers byte by byte (so a header may be split
 * anywhere), copies data through, and stops at the EOF flag.
 */
final class BlockDecoder extends ArrayTransform {
  private static final int HEADER = 0;
  private static final int DATA = 1;
  private static final int MARKER = 2;
  private static final int DONE = 3;

  private final Consumer<? super TransferEvent> events;
  private final byte[] header = new byte[3];
  private int headerLength;
  private int state = HEADER;
  private int descriptor;
  private int remaining;
  private byte[] marker;
  private long delivered;

  BlockDecoder(Consumer<? super TransferEvent> events) {
    this.events = events;
  }

  @Override
  Result process(byte[] in, int inLimit, byte[] out, int outLimit, boolean endOfInput) {
    int ip = inPos;
    int op = outPos;
    if (state == DONE && ip < inLimit) {
      throw new TransferEncodingException("data after the EOF block");
    }
    Result result = null;
    while (result == null) {
      switch (state) {
        case HEADER -> {
          if (ip == inLimit) {
            result = underflow(endOfInput);
          } else {
            header[headerLength++] = in[ip++];
            if (headerLength == header.length) {
              startBlock();
            }
          }
        }
        case DATA -> {
          int n = Math.min(remaining, Math.min(inLimit - ip, outLimit - op));
          if (n == 0) {
            result = ip == inLimit ? underflow(endOfInput) : Result.OVERFLOW;
          } else {
            System.arraycopy(in, ip, out, op, n);
            ip += n;
            op += n;
            remaining -= n;
            delivered += n;
            if (remaining == 0) {
              endBlock();
            }
          }
        }
        case MARKER -> {
          int n = Math.min(remaining, inLimit - ip);
          if (n == 0) {
            result = underflow(endOfInput);
          } else {
            System.arraycopy(in, ip, marker, marker.length - remaining, n);
            ip += n;
            remaining -= n;
            if (remaining == 0) {
              events.accept(
                  new TransferEvent.RestartMarker(
                      delivered, Descriptor.readMarker(marker, marker.length)));
              marker = null;
              endBlock();
            }
          }
        }
        default -> result = Result.UNDERFLOW;
      }
    }
    inPos = ip;
    outPos = op;
    return result;
  }

  private void startBlock() {
    headerLength = 0;
    descriptor = Descriptor.check(header[0] & 0xFF);
    remaining = (header[1] & 0xFF) << 8 | header[2] & 0xFF;
    if ((descriptor & Descriptor.RESTART) != 0) {
      if (remaining == 0) {
        throw new TransferEncodingException("restart marker block without a marker");
      }
      marker = new byte[remaining];
      state = MARKER;
      return;
    }
    if ((descriptor & Descriptor.ERRORS) != 0 && remaining > 0) {
      events.accept(new TransferEvent.SuspectedErrors(delivered, remaining));
    }
    state = DATA;
    if (remaining == 0) {
      endBlock();
    }
  }

  private void endBlock() {
    if ((descriptor & Descriptor.EOR) != 0) {
      events.accept(new TransferEvent.EndOfRecord(delivered));
    }
    state = (descriptor & Descriptor.EOF) != 0 ? DONE : HEADER;
  }

  private Result underflow(boolean endOfInput) {
    if (!endOfInput) {
      return Result.UNDERFLOW;
    }
    if (state == HEADER && headerLength == 0) {
      throw new TransferEncodingException("block-mode data ended without an EOF block");
    }
    throw new TransferEncodingException(
        state == HEADER
            ? "block-mode data ended inside a block header"
            : "block-mode data ended " + remaining + " bytes short of the end of a block");
  }

  @Override
  public boolean isFinished() {
    return state == DONE;
  }
}
