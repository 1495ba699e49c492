package dev.ferry.ftp.protocol;

import java.nio.ByteBuffer;

/**
 * The parts of Telnet (RFC 854) that FTP's control connection uses (RFC 959 §4.1): command codes
 * and the doubling of data bytes 255.
 */
final class Telnet {
  /** Interpret As Command: starts every Telnet command; doubled, it is a data byte 255. */
  static final int IAC = 255;

  /** Refuses an option (followed by the option code). */
  static final int DONT = 254;

  /** Asks for an option (followed by the option code). */
  static final int DO = 253;

  /** Refuses to use an option (followed by the option code). */
  static final int WONT = 252;

  /** Offers an option (followed by the option code). */
  static final int WILL = 251;

  /** Starts a subnegotiation, which IAC SE ends. */
  static final int SB = 250;

  /** Interrupt Process: the first part of an FTP abort (RFC 959 §4.1.3). */
  static final int IP = 244;

  /** Data Mark: the Synch's mark, sent as TCP urgent data. */
  static final int DM = 242;

  /** Ends a subnegotiation; the smallest command code. */
  static final int SE = 240;

  private Telnet() {}

  /** Concatenates {@code prefix}, {@code body} with each 255 byte doubled, and {@code suffix}. */
  static byte[] withIacDoubled(byte[] prefix, ByteBuffer body, byte[] suffix) {
    int iacs = 0;
    for (int i = body.position(); i < body.limit(); i++) {
      if (body.get(i) == (byte) IAC) {
        iacs++;
      }
    }
    byte[] out = new byte[prefix.length + body.remaining() + iacs + suffix.length];
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    int at = prefix.length;
    for (int i = body.position(); i < body.limit(); i++) {
      byte b = body.get(i);
      out[at++] = b;
      if (b == (byte) IAC) {
        out[at++] = b;
      }
    }
    System.arraycopy(suffix, 0, out, at, suffix.length);
    return out;
  }
}
