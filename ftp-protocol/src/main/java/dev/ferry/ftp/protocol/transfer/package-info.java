/**
 * Transfer encodings as streaming transforms over byte buffers: the TYPE A (NVT-ASCII) and TYPE E
 * (EBCDIC) representations of RFC 959 §3.1.1, and the MODE B (block), MODE C (compressed) and MODE
 * Z (deflate) transmission modes of RFC 959 §3.4 and draft-preston-ftpext-deflate.
 *
 * <p>Every encoding is a {@link dev.ferry.ftp.protocol.transfer.ByteTransform}, one contract in the
 * shape of {@link java.nio.charset.CharsetEncoder}: bytes in, bytes out, {@code UNDERFLOW} or
 * {@code OVERFLOW}, correct however the stream is split, with any output buffer of one byte or
 * more. A blocking server drives them through the adapters of {@link
 * dev.ferry.ftp.protocol.transfer.Transforms}; a non-blocking one calls {@code transform} from its
 * event loop. Each encoding has an encoder (local form to wire form, for sending) and a decoder
 * (wire form to local form, for receiving):
 *
 * <ul>
 *   <li>{@link dev.ferry.ftp.protocol.transfer.AsciiType} — TYPE A line ends, and the TYPE A size
 *       of local data ({@link dev.ferry.ftp.protocol.transfer.AsciiSizeCounter});
 *   <li>{@link dev.ferry.ftp.protocol.transfer.EbcdicType} — TYPE E through the JDK's IBM code
 *       pages;
 *   <li>{@link dev.ferry.ftp.protocol.transfer.BlockMode} and {@link
 *       dev.ferry.ftp.protocol.transfer.CompressedMode} — framing with records and restart markers
 *       ({@link dev.ferry.ftp.protocol.transfer.FramingEncoder}, {@link
 *       dev.ferry.ftp.protocol.transfer.TransferEvent});
 *   <li>{@link dev.ferry.ftp.protocol.transfer.DeflateMode} — a zlib stream.
 * </ul>
 *
 * <p>A transfer chains the type's transform and the mode's ({@link
 * dev.ferry.ftp.protocol.transfer.Transforms#chain}); TYPE I and MODE S need none. Corrupt incoming
 * data raises {@link dev.ferry.ftp.protocol.transfer.TransferEncodingException}. Nothing here opens
 * a socket or a file.
 */
package dev.ferry.ftp.protocol.transfer;
