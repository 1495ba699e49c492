package dev.ferry.ftp.protocol.address;

import dev.ferry.ftp.protocol.FtpProtocolException;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.MalformedReplyException;
import dev.ferry.ftp.protocol.internal.Chars;
import java.util.function.Function;

/**
 * The long host-port of RFC 1639 §2, the argument of LPRT and the payload of the 228 reply to
 * LPSV: {@code af,hal,h1,...,hn,pal,p1,p2}, comma-separated bytes giving the address family (4 for
 * IPv4, 6 for IPv6), the address length and bytes, and the port length and bytes.
 *
 * <p>RFC 2428's EPRT and EPSV replaced these commands; they are here for old clients. Only the
 * combinations that mean TCP over IPv4 ({@code 4,4,…,2,…}) and IPv6 ({@code 6,16,…,2,…}) are
 * accepted.
 */
public final class LongPortCodec {
  private static final int IPV4_COUNT = 9;
  private static final int IPV6_COUNT = 21;
  private static final String SHAPE = "af,hal,h1,...,hn,pal,p1,p2";

  private LongPortCodec() {}

  /**
   * Parses an LPRT argument, such as {@code 4,4,192,0,2,1,2,4,1}.
   *
   * @param argument the argument
   * @return the host-port
   * @throws InvalidArgumentException if the argument breaks the grammar, has another address
   *     family or length, or encodes port 0
   */
  public static HostPort parseArgument(String argument) {
    int[] values =
        ByteList.parseArgument(argument, IPV6_COUNT, LongPortCodec::isLongAddress, SHAPE);
    return toHostPort(values, argument, InvalidArgumentException::new);
  }

  /**
   * Formats an LPRT argument.
   *
   * @param hostPort the host-port
   * @return {@code 4,4,h1,h2,h3,h4,2,p1,p2} or {@code 6,16,h1,...,h16,2,p1,p2}
   */
  public static String formatArgument(HostPort hostPort) {
    return format(new StringBuilder(64), hostPort).toString();
  }

  /**
   * Parses the text of a 228 reply, such as {@code Entering Long Passive Mode
   * (4,4,192,0,2,1,2,4,1)}: the first run of 9 or 21 comma-separated numbers.
   *
   * @param text the reply text (with or without the code)
   * @return the host-port
   * @throws MalformedReplyException if the text has no such list, or the list is not a TCP address
   *     over IPv4 or IPv6
   */
  public static HostPort parsePassiveReply(String text) {
    int[] values = ByteList.findInReply(text, IPV6_COUNT, LongPortCodec::isLongAddress);
    if (values == null) {
      throw new MalformedReplyException("no " + SHAPE + " in 228 reply " + Chars.quote(text));
    }
    return toHostPort(values, text, MalformedReplyException::new);
  }

  /**
   * Formats the text of a 228 reply.
   *
   * @param hostPort the host-port
   * @return {@code Entering Long Passive Mode (af,hal,...,p2)}
   */
  public static String formatPassiveReply(HostPort hostPort) {
    StringBuilder text = new StringBuilder(96).append("Entering Long Passive Mode (");
    return format(text, hostPort).append(')').toString();
  }

  /** Tells whether a list has as many numbers as a TCP address over IPv4 or IPv6. */
  private static boolean isLongAddress(int count) {
    return count == IPV4_COUNT || count == IPV6_COUNT;
  }

  private static HostPort toHostPort(
      int[] values, String text, Function<String, ? extends FtpProtocolException> error) {
    int length = values.length;
    boolean ipv4 = length == IPV4_COUNT && values[0] == 4 && values[1] == 4;
    boolean ipv6 = length == IPV6_COUNT && values[0] == 6 && values[1] == 16;
    if (!ipv4 && !ipv6 || values[length - 3] != 2) {
      throw error.apply(
          "expected 4,4,h1,...,h4,2,p1,p2 or 6,16,h1,...,h16,2,p1,p2, got " + Chars.quote(text));
    }
    return ByteList.toHostPort(values, 2, values[1], length - 2, text, error);
  }

  private static StringBuilder format(StringBuilder out, HostPort hostPort) {
    int length = hostPort.address().getAddress().length;
    out.append(length == 4 ? 4 : 6).append(',').append(length).append(',');
    ByteList.appendAddress(out, hostPort).append("2,");
    return ByteList.appendPort(out, hostPort);
  }
}
