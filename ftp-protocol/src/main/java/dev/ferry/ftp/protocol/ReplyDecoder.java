package dev.ferry.ftp.protocol;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads replies from the bytes a server sends on the control connection, as they arrive, for a
 * client (RFC 959 §4.2).
 *
 * <p><b>Grammar.</b> A reply line starts with a three-digit code, 100 to 699. {@code 200 text} is a
 * whole reply; so is a bare {@code 200}, which some servers send. {@code 123-text} starts a
 * multi-line reply, which runs until a line that starts with the same code followed by a space (or
 * is exactly that code); every line in between is text, whatever it starts with, including a
 * different code or the same code followed by a hyphen. A first line that does not start that way
 * throws {@link MalformedReplyException}. The lines become a {@link Reply}, which keeps its
 * invariants: an inner line that begins with a digit is returned with the space RFC 959 asks the
 * server to put before it, and a bare CR inside a line starts a new line.
 *
 * <p><b>Limits.</b> Lines are framed as {@link CommandDecoder} frames them (CRLF or bare LF, Telnet
 * commands removed, UTF-8 or else ISO-8859-1 per line) with a maximum line length, in bytes, and a
 * reply may have at most {@code maxLines} lines, so a hostile server cannot make the client buffer
 * without bound: the decoder holds at most {@code maxLines} lines of at most {@code maxLineLength}
 * bytes. Exceeding either limit throws once ({@link LineTooLongException} or {@link
 * MalformedReplyException}) and the rest of that reply is skipped up to its last line, so the next
 * reply is read normally and the client stays in step with the server.
 *
 * <p><b>Use.</b> Like {@link CommandDecoder#decode}, {@link #decode} consumes bytes up to the end
 * of one reply, leaves the rest in the buffer, and returns {@code null} only when it has consumed
 * every byte.
 *
 * <p>Not thread-safe: a decoder belongs to one connection.
 */
public final class ReplyDecoder {
  /** The maximum line length used when none is given, in bytes. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 4096;

  /** The maximum number of lines of one reply used when none is given. */
  public static final int DEFAULT_MAX_LINES = 1000;

  private final int maxLineLength;
  private final int maxLines;
  private final LineFramer framer;
  private final List<String> lines = new ArrayList<>();

  /** The code of the multi-line reply being read, or -1 between replies. */
  private int current = -1;

  /** Whether the multi-line reply being read broke a limit and is being skipped. */
  private boolean skipping;

  /**
   * Creates a decoder with lines of up to {@value #DEFAULT_MAX_LINE_LENGTH} bytes and replies of up
   * to {@value #DEFAULT_MAX_LINES} lines.
   */
  public ReplyDecoder() {
    this(DEFAULT_MAX_LINE_LENGTH, DEFAULT_MAX_LINES);
  }

  /**
   * Creates a decoder.
   *
   * @param maxLineLength the longest line accepted, in bytes, without its end of line; at least 4
   * @param maxLines the most lines one reply may have; at least 1 (1 refuses multi-line replies)
   * @throws IllegalArgumentException if a limit is too small
   */
  public ReplyDecoder(int maxLineLength, int maxLines) {
    if (maxLineLength < 4) {
      throw new IllegalArgumentException("maxLineLength must be at least 4: " + maxLineLength);
    }
    if (maxLines < 1) {
      throw new IllegalArgumentException("maxLines must be at least 1: " + maxLines);
    }
    this.maxLineLength = maxLineLength;
    this.maxLines = maxLines;
    this.framer = new LineFramer(maxLineLength);
  }

  /**
   * Consumes bytes from {@code in} up to the end of the next complete reply and returns it. Bytes
   * after it stay in {@code in}.
   *
   * @param in the bytes received, from its position to its limit
   * @return the reply, or {@code null} if {@code in} was consumed entirely without completing one
   * @throws LineTooLongException once for a line longer than the limit; that reply is skipped
   * @throws MalformedReplyException for a first line that does not start with a reply code, or once
   *     for a reply with too many lines, which is then skipped
   */
  public Reply decode(ByteBuffer in) {
    Objects.requireNonNull(in, "in");
    while (true) {
      switch (framer.read(in)) {
        case NEED_INPUT -> {
          return null;
        }
        case TOO_LONG -> {
          if (lineTooLong()) {
            throw new LineTooLongException(maxLineLength);
          }
        }
        case LINE -> {
          Reply reply = line(framer.takeLine());
          if (reply != null) {
            return reply;
          }
        }
      }
    }
  }

  /** Handles a complete line; returns the reply it completes, if any. */
  private Reply line(String line) {
    if (current < 0) {
      int code = code(line);
      if (code < 0 || line.length() > 3 && line.charAt(3) != ' ' && line.charAt(3) != '-') {
        throw new MalformedReplyException(
            "a reply must start with a code from 100 to 699 and a space or hyphen: "
                + Text.quote(line));
      }
      String text = line.length() > 4 ? line.substring(4) : "";
      if (line.length() > 3 && line.charAt(3) == '-') {
        current = code;
        addLine(text);
        return null;
      }
      return Reply.of(ReplyCode.of(code), text);
    }
    if (endsReply(line)) {
      Reply reply = null;
      if (!skipping) {
        lines.add(line.length() > 4 ? line.substring(4) : "");
        reply = Reply.of(ReplyCode.of(current), lines);
      }
      reset();
      return reply;
    }
    addLine(line);
    return null;
  }

  /** Keeps a line that is not the last of its reply, unless the reply would grow too long. */
  private void addLine(String text) {
    if (skipping) {
      return;
    }
    if (lines.size() + 2 > maxLines) { // this line and the last one still to come
      skipping = true;
      lines.clear();
      throw new MalformedReplyException(
          "reply " + current + " has more than " + maxLines + " lines");
    }
    lines.add(text);
  }

  /**
   * Updates the reply state for a line that is too long, from its first bytes; returns whether to
   * report it (once per reply).
   */
  private boolean lineTooLong() {
    int code = framer.length() >= 4 ? code(framer) : -1;
    int separator = code < 0 ? -1 : framer.byteAt(3);
    if (current < 0) {
      if (separator == '-') {
        current = code; // a multi-line reply starts: skip it up to its last line
        skipping = true;
      }
      return true;
    }
    boolean report = !skipping;
    if (code == current && separator == ' ') {
      reset(); // the too-long line is the reply's last
    } else {
      skipping = true;
      lines.clear();
    }
    return report;
  }

  private boolean endsReply(String line) {
    return code(line) == current && (line.length() == 3 || line.charAt(3) == ' ');
  }

  /** The reply code at the start of a line, or -1. */
  private static int code(String line) {
    if (line.length() < 3) {
      return -1;
    }
    return code(line.charAt(0), line.charAt(1), line.charAt(2));
  }

  private static int code(LineFramer framer) {
    return code(framer.byteAt(0), framer.byteAt(1), framer.byteAt(2));
  }

  private static int code(int c0, int c1, int c2) {
    if (c0 < '1' || c0 > '6' || c1 < '0' || c1 > '9' || c2 < '0' || c2 > '9') {
      return -1;
    }
    return (c0 - '0') * 100 + (c1 - '0') * 10 + (c2 - '0');
  }

  private void reset() {
    current = -1;
    skipping = false;
    lines.clear();
  }

  /**
   * Returns the line length limit this decoder enforces.
   *
   * @return the longest line accepted, in bytes, without its end of line
   */
  public int maxLineLength() {
    return maxLineLength;
  }

  /**
   * Returns the line count limit this decoder enforces.
   *
   * @return the most lines one reply may have
   */
  public int maxLines() {
    return maxLines;
  }

  /** The size of the internal line buffer, for tests that check it never passes the limit. */
  int bufferCapacity() {
    return framer.capacity();
  }

  /** The number of lines held for the reply being read, for tests of the line limit. */
  int bufferedLines() {
    return lines.size();
  }
}
