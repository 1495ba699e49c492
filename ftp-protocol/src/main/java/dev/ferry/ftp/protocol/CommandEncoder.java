package dev.ferry.ftp.protocol;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Turns commands into the bytes a client sends (RFC 959 §5.3): the command line in a charset, UTF-8
 * by default (RFC 2640), followed by CRLF.
 *
 * <p>The line is checked, not repaired: an argument with CR or LF in it, which would end the line
 * early and smuggle in a second command, or with a character the charset cannot encode, is refused
 * with {@link InvalidArgumentException}. Each 255 byte the charset produces is doubled, as Telnet
 * (RFC 854) requires of data; UTF-8 never produces one.
 *
 * <p>Immutable and thread-safe.
 */
public final class CommandEncoder {
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] SYNCH = {
    (byte) Telnet.IAC, (byte) Telnet.IP, (byte) Telnet.IAC, (byte) Telnet.DM
  };

  private static final String ASCII_PROBE = "\r\n AZaz09~";

  private final Charset charset;

  /** Creates an encoder that writes UTF-8. */
  public CommandEncoder() {
    this(StandardCharsets.UTF_8);
  }

  /**
   * Creates an encoder for a charset that encodes ASCII as ASCII, as the control connection
   * requires (UTF-8, ISO-8859-1, windows-1252 and the like; not UTF-16).
   *
   * @param charset the charset of command lines
   * @throws IllegalArgumentException if the charset does not encode ASCII as ASCII
   */
  public CommandEncoder(Charset charset) {
    Objects.requireNonNull(charset, "charset");
    byte[] ascii = ASCII_PROBE.getBytes(StandardCharsets.US_ASCII);
    if (!charset.canEncode() || !Arrays.equals(ASCII_PROBE.getBytes(charset), ascii)) {
      throw new IllegalArgumentException("not an ASCII-compatible charset: " + charset);
    }
    this.charset = charset;
  }

  /**
   * Returns the charset command lines are encoded in.
   *
   * @return the charset
   */
  public Charset charset() {
    return charset;
  }

  /**
   * Encodes a command line followed by CRLF.
   *
   * @param command the command
   * @return the bytes to send
   * @throws InvalidArgumentException if the argument contains CR or LF, or a character the charset
   *     cannot encode
   */
  public byte[] encode(Command command) {
    return encode(command, new byte[0]);
  }

  /**
   * Encodes a command preceded by Telnet "Interrupt Process" and the Synch, IAC IP IAC DM, as RFC
   * 959 §4.1.3 asks of a client that sends ABOR (or STAT) while a transfer runs. The Synch is only
   * complete when the DM byte (the fourth) goes as TCP urgent data: a client that can do so writes
   * the first three bytes, sends the fourth with {@code Socket.sendUrgentData(0xF2)}, then writes
   * the rest.
   *
   * @param command the command, usually {@code ABOR}
   * @return IAC IP IAC DM, then the bytes of {@link #encode}
   * @throws InvalidArgumentException as {@link #encode} does
   */
  public byte[] encodeUrgent(Command command) {
    return encode(command, SYNCH);
  }

  private byte[] encode(Command command, byte[] prefix) {
    Objects.requireNonNull(command, "command");
    String argument = command.argument();
    if (argument.indexOf('\r') >= 0 || argument.indexOf('\n') >= 0) {
      throw new InvalidArgumentException(
          "a command argument cannot contain CR or LF: " + Text.quote(argument));
    }
    ByteBuffer line;
    try {
      line = charset.newEncoder().encode(CharBuffer.wrap(command.toLine()));
    } catch (CharacterCodingException e) {
      throw new InvalidArgumentException(
          "the command cannot be encoded in " + charset + ": " + Text.quote(argument), e);
    }
    return Telnet.withIacDoubled(prefix, line, CRLF);
  }
}
