package dev.ferry.ftp.protocol.transfer;

/**
 * Receives TYPE A: CRLF and bare LF become the local separator, a bare CR stays (RFC 959 §3.1.1.1).
 * Bytes between line ends pass unchanged, copied by {@link ByteScan}.
 */
final class AsciiDecoder extends LineEndTransform {

  AsciiDecoder(byte[] separator) {
    super((byte) '\r', (byte) '\n', separator, new byte[] {'\r'});
  }

  @Override
  int copyText(byte[] in, int ip, byte[] out, int op, int n) {
    return ByteScan.copyUntilCrOrLf(in, ip, out, op, n);
  }
}
