package dev.ferry.ftp.protocol.transfer;

/**
 * Sends or receives TYPE E (RFC 959 §3.1.1.2): translates each byte through a code page's table,
 * and line ends as {@link LineEndTransform} does. Sending, a local LF or CRLF ends a line.
 * Receiving, NL (0x15) always ends a line; when the wire uses CR LF, so do CR LF (0x0D 0x25) and a
 * bare LF (0x25).
 */
final class EbcdicTransform extends LineEndTransform {
  private static final int LINE_END = -1;
  private static final byte EBCDIC_CR = 0x0D;
  private static final byte EBCDIC_LF = 0x25;
  private static final int EBCDIC_NL = 0x15;

  /** The output byte for each input byte, or {@link #LINE_END} for a byte that ends a line. */
  private final int[] codes;

  private EbcdicTransform(int[] codes, byte cr, byte lf, byte[] lineEnd, byte[] loneCr) {
    super(cr, lf, lineEnd, loneCr);
    this.codes = codes;
  }

  /**
   * Returns a transform from local bytes to EBCDIC.
   *
   * @param toEbcdic the EBCDIC byte for each local byte
   * @param wireLineEnd how a line ends on the wire
   */
  static EbcdicTransform encoder(byte[] toEbcdic, byte[] wireLineEnd) {
    int[] codes = codes(toEbcdic);
    codes['\r'] = LINE_END;
    codes['\n'] = LINE_END;
    return new EbcdicTransform(
        codes, (byte) '\r', (byte) '\n', wireLineEnd, new byte[] {toEbcdic['\r']});
  }

  /**
   * Returns a transform from EBCDIC to local bytes.
   *
   * @param toLocal the local byte for each EBCDIC byte
   * @param separator how lines end in the local file
   * @param crLfOnWire whether the wire also ends lines with CR LF and LF
   */
  static EbcdicTransform decoder(byte[] toLocal, byte[] separator, boolean crLfOnWire) {
    int[] codes = codes(toLocal);
    codes[EBCDIC_NL] = LINE_END;
    if (crLfOnWire) {
      codes[EBCDIC_LF] = LINE_END;
      codes[EBCDIC_CR] = LINE_END;
    }
    return new EbcdicTransform(
        codes, EBCDIC_CR, EBCDIC_LF, separator, new byte[] {toLocal[EBCDIC_CR]});
  }

  private static int[] codes(byte[] table) {
    int[] codes = new int[256];
    for (int i = 0; i < 256; i++) {
      codes[i] = table[i] & 0xFF;
    }
    return codes;
  }

  @Override
  int copyText(byte[] in, int ip, byte[] out, int op, int n) {
    int[] codes = this.codes;
    int i = 0;
    for (; i < n; i++) {
      int code = codes[in[ip + i] & 0xFF];
      if (code == LINE_END) {
        break;
      }
      out[op + i] = (byte) code;
    }
    return i;
  }
}
