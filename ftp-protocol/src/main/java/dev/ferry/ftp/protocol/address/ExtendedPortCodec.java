package dev.ferry.ftp.protocol.address;

import dev.ferry.ftp.protocol.FtpProtocolException;
import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.MalformedReplyException;
import dev.ferry.ftp.protocol.internal.Chars;
import java.net.InetAddress;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The extended host-ports of RFC 2428 that work for IPv4 and IPv6 alike: the EPRT argument
 * {@code <d><net-prt><d><net-addr><d><tcp-port><d>} (§2), the port in the 229 reply to EPSV (§3),
 * and the protocol list of the 522 reply (§2). The EPSV argument is {@link EpsvArgument}.
 *
 * <p>The delimiter {@code <d>} may be any ASCII character from 33 to 126; {@code |} is what
 * everyone sends and what this class writes.
 */
public final class ExtendedPortCodec {
  private static final String PASSIVE_PREFIX = "Entering Extended Passive Mode (|||";
  private static final int MAX_PROTOCOL_DIGITS = 9;

  private ExtendedPortCodec() {}

  /**
   * Parses an EPRT argument, such as {@code |1|132.235.1.2|6275|} or {@code
   * |2|1080::8:800:200C:417A|5282|}. The address must have the form its protocol number says:
   * dotted quad for 1, IPv6 text for 2. An IPv4-mapped address under protocol 2 yields the IPv4
   * host it maps.
   *
   * @param argument the argument
   * @return the host-port
   * @throws UnsupportedNetworkProtocolException if the protocol number is well formed but neither 1
   *     nor 2 (the server replies 522)
   * @throws InvalidArgumentException if the argument breaks the grammar (the server replies 501)
   */
  public static HostPort parseArgument(String argument) {
    String text = Chars.trimBlanks(argument);
    if (text.isEmpty() || text.charAt(0) < 33 || text.charAt(0) > 126) {
      throw invalid("EPRT", argument, "it must start with a delimiter, ASCII 33-126");
    }
    char delimiter = text.charAt(0);
    int afterProtocol = text.indexOf(delimiter, 1);
    int afterAddress = afterProtocol < 0 ? -1 : text.indexOf(delimiter, afterProtocol + 1);
    int afterPort = afterAddress < 0 ? -1 : text.indexOf(delimiter, afterAddress + 1);
    if (afterPort != text.length() - 1) {
      throw invalid("EPRT", argument, "it must be <d><net-prt><d><net-addr><d><tcp-port><d>");
    }
    NetworkProtocol protocol = parseProtocol("EPRT", text.substring(1, afterProtocol), argument);
    String literal = text.substring(afterProtocol + 1, afterAddress);
    InetAddress address =
        protocol == NetworkProtocol.IPV4 ? IpLiterals.parseIpv4(literal) : ipv6(literal, argument);
    int port =
        parsePort(
            text.substring(afterAddress + 1, afterPort), argument, InvalidArgumentException::new);
    return new HostPort(address, port);
  }

  /**
   * Formats an EPRT argument with the delimiter {@code |} and the canonical address text.
   *
   * @param hostPort the host-port
   * @return for example {@code |2|2001:db8::1|5282|}
   */
  public static String formatArgument(HostPort hostPort) {
    return "|"
        + hostPort.protocol().number()
        + "|"
        + IpLiterals.format(hostPort.address())
        + "|"
        + hostPort.port()
        + "|";
  }

  /**
   * Parses the port out of the text of a 229 reply, such as {@code Entering Extended Passive Mode
   * (|||6446|)}. RFC 2428 §3 requires the protocol and address fields to be empty: the client
   * connects to the address of the control connection.
   *
   * @param text the reply text (with or without the code)
   * @return the port, 1–65535
   * @throws MalformedReplyException if the text has no {@code (<d><d><d><port><d>)}, or the port is
   *     not 1–65535
   */
  public static int parsePassiveReply(String text) {
    for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
      int i = open + 1;
      if (i + 3 > text.length()) {
        break;
      }
      char d = text.charAt(i);
      if (d < 33
          || d > 126
          || Chars.isDigit(d)
          || text.charAt(i + 1) != d
          || text.charAt(i + 2) != d) {
        continue;
      }
      int portStart = i + 3;
      int portEnd = portStart;
      while (portEnd < text.length() && Chars.isDigit(text.charAt(portEnd))) {
        portEnd++;
      }
      if (portEnd + 1 < text.length()
          && text.charAt(portEnd) == d
          && text.charAt(portEnd + 1) == ')') {
        return parsePort(text.substring(portStart, portEnd), text, MalformedReplyException::new);
      }
    }
    throw new MalformedReplyException("no (|||port|) in 229 reply " + Chars.quote(text));
  }

  /**
   * Formats the text of a 229 reply as RFC 2428 §3 shows it.
   *
   * @param port the port the server listens on, 1–65535
   * @return {@code Entering Extended Passive Mode (|||port|)}
   * @throws IllegalArgumentException if the port is outside 1–65535
   */
  public static String formatPassiveReply(int port) {
    if (port < HostPort.MIN_PORT || port > HostPort.MAX_PORT) {
      throw new IllegalArgumentException("port " + port + " is outside 1-65535");
    }
    return PASSIVE_PREFIX + port + "|)";
  }

  /**
   * Formats the text of a 522 reply, which tells the client which protocols to use instead (RFC
   * 2428 §2).
   *
   * @param supported the protocols the server supports
   * @return {@code Network protocol not supported, use (1,2)}
   * @throws IllegalArgumentException if {@code supported} is empty
   */
  public static String formatProtocolNotSupported(Set<NetworkProtocol> supported) {
    if (supported.isEmpty()) {
      throw new IllegalArgumentException("a 522 reply lists at least one protocol");
    }
    StringJoiner list = new StringJoiner(",", "(", ")");
    for (NetworkProtocol protocol : EnumSet.copyOf(supported)) {
      list.add(Integer.toString(protocol.number()));
    }
    return "Network protocol not supported, use " + list;
  }

  /**
   * Parses the protocol list out of the text of a 522 reply: the first parenthesized list of
   * comma-separated numbers. Numbers of protocols other than IPv4 and IPv6 are skipped.
   *
   * @param text the reply text, such as {@code Network protocol not supported, use (1,2)}
   * @return the listed protocols this class knows, possibly none
   * @throws MalformedReplyException if the text has no such list
   */
  public static Set<NetworkProtocol> parseProtocolNotSupported(String text) {
    for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
      Set<NetworkProtocol> protocols = EnumSet.noneOf(NetworkProtocol.class);
      int i = open + 1;
      while (true) {
        int start = i;
        long number = 0;
        while (i < text.length()
            && Chars.isDigit(text.charAt(i))
            && i - start < MAX_PROTOCOL_DIGITS) {
          number = number * 10 + text.charAt(i) - '0';
          i++;
        }
        if (i == start || i == text.length() || Chars.isDigit(text.charAt(i))) {
          break;
        }
        for (NetworkProtocol protocol : NetworkProtocol.values()) {
          if (protocol.number() == number) {
            protocols.add(protocol);
          }
        }
        if (text.charAt(i) == ')') {
          return Collections.unmodifiableSet(protocols);
        }
        if (text.charAt(i) != ',') {
          break;
        }
        i++;
      }
    }
    throw new MalformedReplyException("no (prt,...) list in 522 reply " + Chars.quote(text));
  }

  /** Reads {@code net-prt}: a number, 1 or 2 supported. */
  static NetworkProtocol parseProtocol(String command, String field, String argument) {
    if (field.isEmpty() || field.length() > MAX_PROTOCOL_DIGITS || !allDigits(field)) {
      throw invalid(command, argument, "the network protocol must be a number");
    }
    return NetworkProtocol.ofNumber(Integer.parseInt(field));
  }

  private static InetAddress ipv6(String literal, String argument) {
    if (literal.indexOf(':') < 0) {
      throw invalid("EPRT", argument, "protocol 2 needs an IPv6 address");
    }
    return IpLiterals.parseIpv6(literal);
  }

  private static int parsePort(
      String field, String text, Function<String, ? extends FtpProtocolException> error) {
    if (field.isEmpty() || field.length() > 5 || !allDigits(field)) {
      throw error.apply("the port must be a number 1-65535 in " + Chars.quote(text));
    }
    int port = Integer.parseInt(field);
    if (port < HostPort.MIN_PORT || port > HostPort.MAX_PORT) {
      throw error.apply("port " + port + " is outside 1-65535 in " + Chars.quote(text));
    }
    return port;
  }

  private static boolean allDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Chars.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static InvalidArgumentException invalid(String command, String argument, String why) {
    return new InvalidArgumentException(
        "bad " + command + " argument " + Chars.quote(argument) + ": " + why);
  }
}
