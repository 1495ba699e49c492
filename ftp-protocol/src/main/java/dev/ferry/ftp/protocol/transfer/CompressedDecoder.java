package dev.ferry.ftp.protocol.transfer;

import java.util.Arrays;
import java.util.function.Consumer;

/** Reads MODE C units (RFC 959 §3.4.3), one state per place a unit can be split. */
final class CompressedDecoder extends ArrayTransform {
  private static final int UNIT = 0;
  private static final int STRING = 1;
  private static final int REPLICATED_BYTE = 2;
  private static final int REPEAT = 3;
  private static final int DESCRIPTOR = 4;
  private static final int MARKER_COUNT = 5;
  private static final int MARKER = 6;
  private static final int DONE = 7;

  private final byte filler;
  private final Consumer<? super TransferEvent> events;
  private final byte[] marker = new byte[127];
  private int state = UNIT;
  private int remaining;
  private int markerLength;
  private byte repeated;
  private int descriptor;
  private boolean suspectNext;
  private long delivered;

  CompressedDecoder(byte filler, Consumer<? super TransferEvent> events) {
    this.filler = filler;
    this.events = events;
  }

  @Override
  Result process(byte[] in, int inLimit, byte[] out, int outLimit, boolean endOfInput) {
    int ip = inPos;
    int op = outPos;
    if (state == DONE && ip < inLimit) {
      throw new TransferEncodingException("data after the EOF escape");
    }
    Result result = null;
    while (result == null) {
      if (state == DONE) {
        result = Result.UNDERFLOW;
      } else if (state == STRING || state == REPEAT) {
        int n = Math.min(remaining, outLimit - op);
        if (state == STRING) {
          n = Math.min(n, inLimit - ip);
        }
        if (n == 0) {
          result = op == outLimit ? Result.OVERFLOW : underflow(endOfInput);
        } else {
          if (state == STRING) {
            System.arraycopy(in, ip, out, op, n);
            ip += n;
          } else {
            Arrays.fill(out, op, op + n, repeated);
          }
          op += n;
          delivered += n;
          remaining -= n;
          if (remaining == 0) {
            state = UNIT;
          }
        }
      } else if (state == MARKER) {
        int n = Math.min(remaining, inLimit - ip);
        if (n == 0) {
          result = underflow(endOfInput);
        } else {
          System.arraycopy(in, ip, marker, markerLength - remaining, n);
          ip += n;
          remaining -= n;
          if (remaining == 0) {
            events.accept(
                new TransferEvent.RestartMarker(
                    delivered, Descriptor.readMarker(marker, markerLength)));
            applyFlags(descriptor & ~Descriptor.RESTART);
          }
        }
      } else if (ip == inLimit) {
        result = underflow(endOfInput);
      } else {
        header(in[ip++] & 0xFF);
      }
    }
    inPos = ip;
    outPos = op;
    return result;
  }

  /** Takes the one-byte steps: a unit's first byte, a replicated byte, a descriptor, a count. */
  private void header(int b) {
    switch (state) {
      case UNIT -> {
        if (b == 0) {
          state = DESCRIPTOR;
        } else if (b < 0x80) {
          startData(b, STRING);
        } else if ((b & 0x3F) == 0) {
          throw new TransferEncodingException(
              (b < 0xC0 ? "replicated byte" : "filler string") + " with a count of zero");
        } else if (b < 0xC0) {
          startData(b & 0x3F, REPLICATED_BYTE);
        } else {
          repeated = filler;
          startData(b & 0x3F, REPEAT);
        }
      }
      case REPLICATED_BYTE -> {
        repeated = (byte) b;
        state = REPEAT;
      }
      case DESCRIPTOR -> {
        if (b == 0) {
          throw new TransferEncodingException("escape with an empty descriptor");
        }
        descriptor = Descriptor.check(b);
        if ((b & Descriptor.RESTART) != 0) {
          state = MARKER_COUNT;
        } else {
          applyFlags(b);
        }
      }
      default -> {
        if (b == 0 || b >= 0x80) {
          throw new TransferEncodingException(
              "restart marker must follow its escape as a byte string, not 0x%02X".formatted(b));
        }
        markerLength = b;
        remaining = b;
        state = MARKER;
      }
    }
  }

  private void startData(int count, int next) {
    if (suspectNext) {
      suspectNext = false;
      events.accept(new TransferEvent.SuspectedErrors(delivered, count));
    }
    remaining = count;
    state = next;
  }

  private void applyFlags(int flags) {
    if ((flags & Descriptor.ERRORS) != 0) {
      suspectNext = true;
    }
    if ((flags & Descriptor.EOR) != 0) {
      events.accept(new TransferEvent.EndOfRecord(delivered));
    }
    state = (flags & Descriptor.EOF) != 0 ? DONE : UNIT;
  }

  private Result underflow(boolean endOfInput) {
    if (!endOfInput) {
      return Result.UNDERFLOW;
    }
    throw new TransferEncodingException(
        state == UNIT
            ? "compressed-mode data ended without an EOF escape"
            : "compressed-mode data ended inside a unit");
  }

  @Override
  public boolean isFinished() {
    return state == DONE;
  }
}
