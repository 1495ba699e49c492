package dev.ferry.ftp.protocol.transfer;

/**
 * The base of the TYPE A and TYPE E transforms. Text carries no end marker of its own, so such a
 * transform is finished exactly when the caller's last input has gone through it, and input after
 * that is the caller's mistake.
 */
abstract class TextTransform extends ArrayTransform {
  private boolean ended;

  /** As {@link #process}, which checks the end of input around it. */
  abstract Result convert(byte[] in, int inLimit, byte[] out, int outLimit, boolean endOfInput);

  @Override
  final Result process(byte[] in, int inLimit, byte[] out, int outLimit, boolean endOfInput) {
    if (ended && inPos < inLimit) {
      throw new IllegalStateException("input after the end of input");
    }
    Result result = convert(in, inLimit, out, outLimit, endOfInput);
    if (result == Result.UNDERFLOW && endOfInput) {
      ended = true;
    }
    return result;
  }

  @Override
  public final boolean isFinished() {
    return ended;
  }
}
