/**
 * Ferry's FTP protocol codec: a pure, dependency-free model of FTP's wire formats.
 *
 * <p>Nothing in this module opens a socket or a file. It turns bytes into values and values into
 * bytes, so any FTP implementation (blocking or not, client or server) can reuse it:
 *
 * <ul>
 *   <li>{@link dev.ferry.ftp.protocol} — command lines and replies (RFC 959 §4 and §5), their
 *       framing, reply codes and the protocol exception family;
 *   <li>{@link dev.ferry.ftp.protocol.address} — PORT/PASV (RFC 959) and EPRT/EPSV (RFC 2428)
 *       host-port arguments;
 *   <li>{@link dev.ferry.ftp.protocol.param} — argument grammars: TYPE, STRU, MODE, MDTM/MFMT
 *       time values (RFC 3659), FEAT (RFC 2389), HOST (RFC 7151), HASH;
 *   <li>{@link dev.ferry.ftp.protocol.listing} — LIST formatting and dialect parsing, MLSx facts
 *       (RFC 3659 §7);
 *   <li>{@link dev.ferry.ftp.protocol.transfer} — streaming transfer encodings: TYPE A and E,
 *       MODE B, C and Z.
 * </ul>
 */
module dev.ferry.ftp.protocol {
  exports dev.ferry.ftp.protocol;
  exports dev.ferry.ftp.protocol.address;
  exports dev.ferry.ftp.protocol.param;
  exports dev.ferry.ftp.protocol.listing;
  exports dev.ferry.ftp.protocol.transfer;
}
