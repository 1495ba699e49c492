package dev.ferry.ftp.protocol;

import static dev.ferry.ftp.protocol.Telnet.DM;
import static dev.ferry.ftp.protocol.Telnet.DONT;
import static dev.ferry.ftp.protocol.Telnet.IAC;
import static dev.ferry.ftp.protocol.Telnet.IP;
import static dev.ferry.ftp.protocol.Telnet.SB;
import static dev.ferry.ftp.protocol.Telnet.SE;
import static dev.ferry.ftp.protocol.Telnet.WILL;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Splits a control-connection byte stream into lines, shared by {@link CommandDecoder} and {@link
 * ReplyDecoder}.
 *
 * <p>It removes Telnet commands (RFC 854) as it goes, ends a line at LF (dropping one CR just
 * before it, so CRLF and bare LF both work), and never holds more than {@code maxLength} data
 * bytes: when a line grows past that, {@link #read} reports {@link Result#TOO_LONG} once, keeps the
 * first {@code maxLength} bytes readable through {@link #byteAt} until the next call, and then
 * drops everything up to the end of that line. Each input byte is copied at most once.
 *
 * <p>Not thread-safe: one framer belongs to one connection.
 */
final class LineFramer {
  /** What {@link #read} stopped at. */
  enum Result {
    /** Every input byte was consumed and no line is complete yet. */
    NEED_INPUT,
    /** A line is complete: take it with {@link #takeLine}. */
    LINE,
    /** The current line passed the limit; its remaining bytes will be dropped. */
    TOO_LONG
  }

  private static final int INITIAL_CAPACITY = 128;

  private enum State {
    DATA,
    COMMAND,
    OPTION,
    SUBNEGOTIATION,
    SUBNEGOTIATION_IAC
  }

  private final int maxLength;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
  private byte[] buffer;
  private int length;
  private State state = State.DATA;
  private int subnegotiationLength;
  private boolean pendingCr;
  private boolean discarding;
  private boolean interrupted;
  private Charset lastCharset = StandardCharsets.UTF_8;

  LineFramer(int maxLength) {
    this.maxLength = maxLength;
    this.buffer = new byte[Math.min(maxLength, INITIAL_CAPACITY)];
  }

  /**
   * Consumes bytes from {@code in} up to the end of the next line, or up to the byte that makes the
   * line too long, or until {@code in} is empty.
   */
  Result read(ByteBuffer in) {
    while (in.hasRemaining()) {
      int b = in.get() & 0xFF;
      Result result =
          switch (state) {
            case DATA -> {
              if (b == IAC) {
                state = State.COMMAND;
                yield null;
              }
              yield data(b);
            }
            case COMMAND -> command(b, in);
            case OPTION -> {
              state = State.DATA; // the option code of WILL/WONT/DO/DONT: nothing to keep
              yield null;
            }
            case SUBNEGOTIATION, SUBNEGOTIATION_IAC -> subnegotiation(b);
          };
      if (result != null) {
        return result;
      }
    }
    return Result.NEED_INPUT;
  }

  /** Handles the byte after IAC (RFC 854 "TELNET COMMAND STRUCTURE"). */
  private Result command(int b, ByteBuffer in) {
    state = State.DATA;
    if (b == IAC) {
      return data(IAC); // IAC IAC is one data byte 255
    }
    if (b >= WILL && b <= DONT) {
      state = State.OPTION;
    } else if (b == SB) {
      state = State.SUBNEGOTIATION;
      subnegotiationLength = 0;
    } else if (b == IP || b == DM) {
      interrupted = true;
    } else if (b < SE) {
      // Not a Telnet command. Two causes, both seen in practice:
      // 1. the Synch's DM byte was sent as TCP urgent data and the receiving socket did not keep
      //    it inline, so "IAC IP IAC DM ABOR" arrives as "IAC IP IAC ABOR": the IAC belongs to
      //    the Synch and the byte after it starts the line;
      // 2. a peer sent a 255 data byte (ISO-8859-1 'ÿ') without doubling it: keep it as data.
      in.position(in.position() - 1); // read this byte again as data
      if (!(interrupted && length == 0 && !pendingCr)) {
        return data(IAC);
      }
    }
    // Any other command (NOP, BRK, AO, AYT, EC, EL, GA, a stray SE) carries no data.
    return null;
  }

  /** Skips IAC SB ... IAC SE, which may not be longer than a line. */
  private Result subnegotiation(int b) {
    if (state == State.SUBNEGOTIATION_IAC) {
      state = b == SE ? State.DATA : State.SUBNEGOTIATION;
    } else if (b == IAC) {
      state = State.SUBNEGOTIATION_IAC;
    }
    if (++subnegotiationLength > maxLength && state != State.DATA) {
      state = State.DATA;
      return overflow();
    }
    return null;
  }

  /** Handles one data byte; returns null to go on. */
  private Result data(int b) {
    if (b == '\n') {
      pendingCr = false;
      if (discarding) {
        discarding = false;
        clear();
        return null;
      }
      return Result.LINE;
    }
    if (pendingCr) {
      pendingCr = false; // a CR not followed by LF is data
      Result result = append('\r');
      if (result != null) {
        return result;
      }
    }
    if (b == '\r') {
      pendingCr = true;
      return null;
    }
    return append(b);
  }

  private Result append(int b) {
    if (discarding) {
      return null;
    }
    if (length == maxLength) {
      return overflow();
    }
    if (length == buffer.length) {
      byte[] grown = new byte[Math.min(maxLength, buffer.length * 2)];
      System.arraycopy(buffer, 0, grown, 0, length);
      buffer = grown;
    }
    buffer[length++] = (byte) b;
    return null;
  }

  private Result overflow() {
    if (discarding) {
      return null;
    }
    discarding = true;
    return Result.TOO_LONG;
  }

  /** Whether Telnet IP or DM (the Synch) arrived since the previous line ended. */
  boolean interrupted() {
    return interrupted;
  }

  /** The number of data bytes of the current line held (valid after {@link Result#TOO_LONG}). */
  int length() {
    return length;
  }

  /** A data byte of the current line (valid after {@link Result#TOO_LONG}, until the next read). */
  int byteAt(int index) {
    return buffer[index] & 0xFF;
  }

  /**
   * Returns the completed line as text and forgets it. The bytes are decoded as UTF-8 (RFC 2640)
   * when they are valid UTF-8, else as ISO-8859-1, which maps each byte to one char so that no name
   * is lost; {@link #lastCharset} says which one was used.
   */
  String takeLine() {
    String line;
    if (isAscii()) {
      line = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
      lastCharset = StandardCharsets.UTF_8;
    } else {
      try {
        CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(buffer, 0, length));
        line = chars.toString();
        lastCharset = StandardCharsets.UTF_8;
      } catch (CharacterCodingException e) {
        line = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
        lastCharset = StandardCharsets.ISO_8859_1;
      }
    }
    clear();
    return line;
  }

  /** The charset the last {@link #takeLine} decoded with: UTF-8 or ISO-8859-1. */
  Charset lastCharset() {
    return lastCharset;
  }

  /** The size of the internal buffer, for tests that check it stays within the limit. */
  int capacity() {
    return buffer.length;
  }

  private boolean isAscii() {
    for (int i = 0; i < length; i++) {
      if (buffer[i] < 0) {
        return false;
      }
    }
    return true;
  }

  private void clear() {
    length = 0;
    interrupted = false;
  }
}
