package dev.ferry.ftp.protocol.address;

import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.MalformedReplyException;
import dev.ferry.ftp.protocol.internal.Chars;
import java.net.Inet4Address;

/**
 * The IPv4 host-port of RFC 959 §4.1.2, {@code h1,h2,h3,h4,p1,p2}: the argument of PORT and the
 * payload of the 227 reply to PASV (§4.2). The four {@code h} are the address bytes and the port
 * is {@code p1 * 256 + p2}.
 *
 * <p>An argument is read strictly: six numbers 0–255 and nothing else (blanks around the commas
 * are allowed). A reply is read the way RFC 1123 §4.1.2.6 tells clients to: servers put the six
 * numbers in parentheses, after {@code =}, or bare, so the first run of exactly six
 * comma-separated numbers in the text is taken.
 */
public final class PortCodec {
  private static final String SHAPE = "h1,h2,h3,h4,p1,p2";

  private PortCodec() {}

  /**
   * Parses a PORT argument, such as {@code 192,0,2,1,4,1} (port 1025).
   *
   * @param argument the argument
   * @return the host-port
   * @throws InvalidArgumentException if the argument is not six numbers 0–255, or encodes port 0
   */
  public static HostPort parseArgument(String argument) {
    int[] values = ByteList.parseArgument(argument, 6, count -> count == 6, SHAPE);
    return ByteList.toHostPort(values, 0, 4, 4, argument, InvalidArgumentException::new);
  }

  /**
   * Formats a PORT argument.
   *
   * @param hostPort an IPv4 host-port
   * @return {@code h1,h2,h3,h4,p1,p2}
   * @throws IllegalArgumentException if the address is IPv6, which PORT cannot carry (use EPRT)
   */
  public static String formatArgument(HostPort hostPort) {
    requireIpv4(hostPort);
    StringBuilder argument = ByteList.appendAddress(new StringBuilder(23), hostPort);
    return ByteList.appendPort(argument, hostPort).toString();
  }

  /**
   * Parses the text of a 227 reply, such as {@code Entering Passive Mode (192,0,2,1,4,1).}. The
   * address is returned as sent, even {@code 0.0.0.0} or a private address of a server behind NAT;
   * a client that prefers the control connection's address decides that itself.
   *
   * @param text the reply text (with or without the code)
   * @return the host-port
   * @throws MalformedReplyException if the text has no six comma-separated numbers, or they are not
   *     bytes, or they encode port 0
   */
  public static HostPort parsePassiveReply(String text) {
    int[] values = ByteList.findInReply(text, 6, count -> count == 6);
    if (values == null) {
      throw new MalformedReplyException("no " + SHAPE + " in 227 reply " + Chars.quote(text));
    }
    return ByteList.toHostPort(values, 0, 4, 4, text, MalformedReplyException::new);
  }

  /**
   * Formats the text of a 227 reply as RFC 959 §4.2 shows it.
   *
   * @param hostPort an IPv4 host-port
   * @return {@code Entering Passive Mode (h1,h2,h3,h4,p1,p2).}
   * @throws IllegalArgumentException if the address is IPv6, which PASV cannot carry (use EPSV)
   */
  public static String formatPassiveReply(HostPort hostPort) {
    requireIpv4(hostPort);
    StringBuilder text = new StringBuilder(48).append("Entering Passive Mode (");
    ByteList.appendAddress(text, hostPort);
    return ByteList.appendPort(text, hostPort).append(").").toString();
  }

  private static void requireIpv4(HostPort hostPort) {
    if (!(hostPort.address() instanceof Inet4Address)) {
      throw new IllegalArgumentException("PORT and PASV carry IPv4 only, not " + hostPort);
    }
  }
}
