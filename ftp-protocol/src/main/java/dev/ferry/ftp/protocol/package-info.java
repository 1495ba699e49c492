/**
 * FTP command lines and replies (RFC 959 §4–§5, RFC 2640 for UTF-8): {@link
 * dev.ferry.ftp.protocol.Command} and its {@link dev.ferry.ftp.protocol.Verb}, {@link
 * dev.ferry.ftp.protocol.Reply} and its {@link dev.ferry.ftp.protocol.ReplyCode}, and the unchecked
 * {@link dev.ferry.ftp.protocol.FtpProtocolException} family every parser in this module throws.
 *
 * <p>A server reads commands with {@link dev.ferry.ftp.protocol.CommandDecoder} and writes replies
 * with {@link dev.ferry.ftp.protocol.Reply#toBytes}; a client writes commands with {@link
 * dev.ferry.ftp.protocol.CommandEncoder} and reads replies with {@link
 * dev.ferry.ftp.protocol.ReplyDecoder}. The decoders take bytes as they arrive, in any pieces, from
 * a blocking or a non-blocking connection; they hold at most a configured number of bytes (and, for
 * replies, of lines), handle Telnet's IAC sequences (RFC 854), and fail with an exception of this
 * family before they would hold more. Neither direction lets text smuggle in a line of its own: an
 * encoded command refuses CR and LF in its argument, and a reply splits text at line breaks and
 * pads inner lines that begin with a digit.
 */
package dev.ferry.ftp.protocol;
