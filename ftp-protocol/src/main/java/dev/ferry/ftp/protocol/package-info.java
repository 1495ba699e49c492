/**
 * FTP command lines and replies: {@link dev.ferry.ftp.protocol.Command} and its
 * {@link dev.ferry.ftp.protocol.Verb}, {@link dev.ferry.ftp.protocol.Reply} and its
 * {@link dev.ferry.ftp.protocol.ReplyCode}, incremental decoders for both directions, and the
 * unchecked {@link dev.ferry.ftp.protocol.FtpProtocolException} family every parser in this module
 * throws (RFC 959 §4–§5, RFC 2640 for UTF-8).
 */
package dev.ferry.ftp.protocol;
