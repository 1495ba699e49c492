package dev.ferry.ftp.protocol;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A command as {@link CommandDecoder} read it off the wire, with what the line's bytes said besides
 * the command.
 *
 * @param command the command
 * @param interrupted whether Telnet "Interrupt Process" (IAC IP) or the Synch's "Data Mark" (IAC
 *     DM) arrived since the previous line; RFC 959 §4.1.3 asks a client to send both before ABOR
 *     (and STAT) during a transfer, so a server may treat the command as urgent
 * @param charset how the line's bytes were decoded: UTF-8 when they were valid UTF-8 (RFC 2640),
 *     else ISO-8859-1, in which every byte is one char and the argument can be turned back into the
 *     client's exact bytes with {@code argument().getBytes(charset)}
 */
public record DecodedCommand(Command command, boolean interrupted, Charset charset) {
  /**
   * Creates a decoded command.
   *
   * @param command the command
   * @param interrupted whether IAC IP or IAC DM preceded it
   * @param charset the charset the line was decoded with
   */
  public DecodedCommand {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(charset, "charset");
  }
}
