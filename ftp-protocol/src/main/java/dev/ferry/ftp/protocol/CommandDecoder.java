package dev.ferry.ftp.protocol;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Reads commands from the bytes a client sends on the control connection, as they arrive, for a
 * server (RFC 959 §4.1 and §5.3).
 *
 * <p><b>Framing.</b> A command line ends with CRLF; a bare LF is accepted too, and a CR that is not
 * followed by LF is part of the line. A line may hold at most {@code maxLineLength} bytes after
 * Telnet processing, end of line excluded (default {@value #DEFAULT_MAX_LINE_LENGTH}). When a line
 * grows past that, {@link #decode} throws {@link LineTooLongException} once, as soon as it knows,
 * then drops the rest of that line and decodes the next one normally. The decoder never holds more
 * than {@code maxLineLength} bytes.
 *
 * <p><b>Telnet</b> (RFC 854, which RFC 959 §4.1 makes the control connection's protocol): IAC IAC
 * is one data byte 255; IAC WILL, WONT, DO or DONT and their option byte, IAC SB ... IAC SE and
 * every other Telnet command are removed (a subnegotiation longer than a line counts as a line too
 * long). IAC IP and IAC DM, which a client sends before ABOR (RFC 959 §4.1.3), are removed and
 * reported by {@link DecodedCommand#interrupted()}. A server should turn on {@code SO_OOBINLINE} so
 * the DM byte, sent as TCP urgent data, stays in the stream; when it is lost, the stream holds IAC
 * IP IAC followed by the command, and the decoder reads that IAC as the Synch's. Any other IAC that
 * is not followed by a Telnet command is taken as a 255 data byte a client forgot to double.
 *
 * <p><b>Text.</b> A line is decoded as UTF-8 (RFC 2640) when its bytes are valid UTF-8, else as
 * ISO-8859-1, so no byte of a file name is ever lost; {@link DecodedCommand#charset()} says which.
 * Control characters inside a line, NUL included, are kept: the decoder does not judge arguments,
 * and a server must refuse a path that contains NUL when it resolves it.
 *
 * <p><b>Use.</b> {@link #decode} consumes bytes from a buffer up to the end of one command and
 * leaves the rest there, so a pipelined burst is handled one command at a time and nothing is
 * queued. It returns {@code null} only once it has consumed every byte, so the caller can always
 * reuse its buffer. A {@code byte[]} slice is read through {@code ByteBuffer.wrap(bytes, offset,
 * length)}, which copies nothing. The same loop serves a blocking server and a non-blocking one:
 *
 * <pre>{@code
 * ByteBuffer buffer = ByteBuffer.allocate(8192).flip();
 * while (true) {
 *   DecodedCommand command;
 *   try {
 *     command = decoder.decode(buffer);
 *   } catch (LineTooLongException | InvalidArgumentException e) {
 *     reply(500, e.getMessage()); // the bad line is consumed; go on with the next
 *     continue;
 *   }
 *   if (command != null) {
 *     handle(command);
 *   } else if (channel.read(buffer.clear()) < 0) { // blocking read, or wait for the selector
 *     break;
 *   } else {
 *     buffer.flip();
 *   }
 * }
 * }</pre>
 *
 * <p>After a command is returned the decoder holds no bytes at all, so a server that switches the
 * connection to TLS after {@code AUTH TLS} need only drop what is left in its own buffer: bytes a
 * client pipelined in clear text must not be read as protected commands.
 *
 * <p>Not thread-safe: a decoder belongs to one connection.
 */
public final class CommandDecoder {
  /** The maximum line length used when none is given, in bytes. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 4096;

  private final int maxLineLength;
  private final LineFramer framer;

  /** Creates a decoder that accepts lines of up to {@value #DEFAULT_MAX_LINE_LENGTH} bytes. */
  public CommandDecoder() {
    this(DEFAULT_MAX_LINE_LENGTH);
  }

  /**
   * Creates a decoder.
   *
   * @param maxLineLength the longest line accepted, in bytes, without its end of line
   * @throws IllegalArgumentException if {@code maxLineLength} is less than 1
   */
  public CommandDecoder(int maxLineLength) {
    if (maxLineLength < 1) {
      throw new IllegalArgumentException("maxLineLength must be at least 1: " + maxLineLength);
    }
    this.maxLineLength = maxLineLength;
    this.framer = new LineFramer(maxLineLength);
  }

  /**
   * Consumes bytes from {@code in} up to the end of the next command line and returns that command.
   * Bytes after it stay in {@code in}, its position just past the line's LF.
   *
   * @param in the bytes received, from its position to its limit
   * @return the command, or {@code null} if {@code in} was consumed entirely without completing a
   *     line (its bytes are kept for the next call)
   * @throws LineTooLongException once for a line longer than the limit; the bytes read so far are
   *     consumed and the rest of that line will be skipped
   * @throws InvalidArgumentException if a complete line does not start with a verb ({@link
   *     Verb#of}), an empty line included; the line is consumed
   */
  public DecodedCommand decode(ByteBuffer in) {
    Objects.requireNonNull(in, "in");
    return switch (framer.read(in)) {
      case NEED_INPUT -> null;
      case TOO_LONG -> throw new LineTooLongException(maxLineLength);
      case LINE -> {
        boolean interrupted = framer.interrupted();
        String line = framer.takeLine();
        yield new DecodedCommand(Command.parse(line), interrupted, framer.lastCharset());
      }
    };
  }

  /**
   * Returns the limit this decoder enforces.
   *
   * @return the longest line accepted, in bytes, without its end of line
   */
  public int maxLineLength() {
    return maxLineLength;
  }

  /** The size of the internal line buffer, for tests that check it never passes the limit. */
  int bufferCapacity() {
    return framer.capacity();
  }
}
