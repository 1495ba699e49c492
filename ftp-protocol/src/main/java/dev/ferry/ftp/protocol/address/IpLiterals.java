package dev.ferry.ftp.protocol.address;

import dev.ferry.ftp.protocol.InvalidArgumentException;
import dev.ferry.ftp.protocol.internal.Chars;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Textual IP addresses, parsed and formatted by hand so that nothing here can ever resolve a name.
 *
 * <p>{@link InetAddress#getByName} treats text that is not a literal as a host name and asks DNS;
 * a server that handed it a PORT or EPRT argument would let any client make it look names up.
 * These methods read the literal themselves and build the address with {@link
 * InetAddress#getByAddress(byte[])}, which never does.
 *
 * <p>The grammars are strict: IPv4 is four decimal octets 0–255 with no sign, no leading zero
 * (so {@code 010} is rejected rather than guessed as octal or decimal) and nothing around them;
 * IPv6 is RFC 4291 §2.2 text, with at most one {@code ::}, an optional dotted IPv4 tail, and no
 * zone ({@code %eth0}) or brackets. An IPv4-mapped IPv6 address ({@code ::ffff:192.0.2.1}) yields
 * the {@link Inet4Address} it maps, as the JDK does everywhere.
 */
public final class IpLiterals {
  /** The longest IPv6 text: {@code ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255}. */
  private static final int MAX_IPV6_LENGTH = 45;

  private IpLiterals() {}

  /**
   * Parses an IPv4 address in dotted-quad form, such as {@code 192.0.2.1}.
   *
   * @param text the literal, without surrounding blanks
   * @return the address
   * @throws InvalidArgumentException if the text is not four octets 0–255
   */
  public static Inet4Address parseIpv4(String text) {
    byte[] bytes = new byte[4];
    if (!readIpv4(text, 0, bytes, 0)) {
      throw new InvalidArgumentException("not an IPv4 address: " + Chars.quote(text));
    }
    return (Inet4Address) toAddress(bytes);
  }

  /**
   * Parses an IPv6 address in the text form of RFC 4291 §2.2, such as {@code 2001:db8::1} or
   * {@code ::ffff:192.0.2.1}.
   *
   * @param text the literal, without brackets or zone
   * @return the address: an {@link Inet6Address}, or an {@link Inet4Address} for an IPv4-mapped
   *     address
   * @throws InvalidArgumentException if the text is not an IPv6 address
   */
  public static InetAddress parseIpv6(String text) {
    byte[] bytes = readIpv6(text);
    if (bytes == null) {
      throw new InvalidArgumentException("not an IPv6 address: " + Chars.quote(text));
    }
    return toAddress(bytes);
  }

  /**
   * Parses an IPv4 or an IPv6 literal: text with a colon is read as IPv6, anything else as IPv4.
   *
   * @param text the literal
   * @return the address
   * @throws InvalidArgumentException if the text is neither
   */
  public static InetAddress parse(String text) {
    return text.indexOf(':') >= 0 ? parseIpv6(text) : parseIpv4(text);
  }

  /**
   * Formats an address as a literal: dotted quad for IPv4, and for IPv6 the canonical text of RFC
   * 5952 §4 (lower case, no leading zeros, the longest run of two or more zero groups shortened to
   * {@code ::}). A zone (scope id) is left out: it means nothing to the peer.
   *
   * @param address the address
   * @return its literal
   */
  public static String format(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (bytes.length == 4) {
      return (bytes[0] & 0xff)
          + "."
          + (bytes[1] & 0xff)
          + "."
          + (bytes[2] & 0xff)
          + "."
          + (bytes[3] & 0xff);
    }
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = (bytes[2 * i] & 0xff) << 8 | bytes[2 * i + 1] & 0xff;
    }
    int bestStart = -1;
    int bestLength = 1; // RFC 5952 §4.2.2: a single zero group is not shortened
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder text = new StringBuilder(39);
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        text.append("::");
        i += bestLength - 1;
        continue;
      }
      if (i > 0 && text.charAt(text.length() - 1) != ':') {
        text.append(':');
      }
      text.append(Integer.toHexString(groups[i]));
    }
    return text.toString();
  }

  static InetAddress toAddress(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new AssertionError("4 or 16 bytes always make an address", e);
    }
  }

  /**
   * Reads {@code text[from..]} to its end as a dotted quad into {@code out[offset..offset + 3]}.
   *
   * @return whether the text was a valid dotted quad
   */
  private static boolean readIpv4(String text, int from, byte[] out, int offset) {
    int i = from;
    int n = text.length();
    for (int octet = 0; octet < 4; octet++) {
      if (octet > 0) {
        if (i >= n || text.charAt(i) != '.') {
          return false;
        }
        i++;
      }
      int start = i;
      int value = 0;
      while (i < n && i - start < 4 && Chars.isDigit(text.charAt(i))) {
        value = value * 10 + text.charAt(i) - '0';
        i++;
      }
      int digits = i - start;
      if (digits == 0 || digits > 3 || value > 255 || digits > 1 && text.charAt(start) == '0') {
        return false;
      }
      out[offset + octet] = (byte) value;
    }
    return i == n;
  }

  /** Reads RFC 4291 §2.2 text, or returns null. */
  private static byte[] readIpv6(String text) {
    int n = text.length();
    if (n < 2 || n > MAX_IPV6_LENGTH) {
      return null;
    }
    byte[] bytes = new byte[16];
    int groups = 0;
    int gap = -1; // the group index where "::" stands
    int i = 0;
    if (text.startsWith("::")) {
      gap = 0;
      i = 2;
    } else if (text.charAt(0) == ':') {
      return null;
    }
    while (i < n) {
      int start = i;
      int value = 0;
      while (i < n && i - start < 5 && Chars.hexValue(text.charAt(i)) >= 0) {
        value = value << 4 | Chars.hexValue(text.charAt(i));
        i++;
      }
      if (i < n && text.charAt(i) == '.') {
        // an IPv4 tail ends the address and fills two groups
        if (groups > 6 || !readIpv4(text, start, bytes, 2 * groups)) {
          return null;
        }
        groups += 2;
        break;
      }
      if (i == start || i - start > 4 || groups == 8) {
        return null;
      }
      bytes[2 * groups] = (byte) (value >> 8);
      bytes[2 * groups + 1] = (byte) value;
      groups++;
      if (i == n) {
        break;
      }
      if (text.charAt(i) != ':' || ++i == n) {
        return null;
      }
      if (text.charAt(i) == ':') {
        if (gap >= 0) {
          return null;
        }
        gap = groups;
        i++;
      }
    }
    if (gap < 0) {
      return groups == 8 ? bytes : null;
    }
    if (groups > 7) {
      return null; // "::" stands for at least one zero group
    }
    // move the groups after the gap to the end; the ones in between stay zero
    int tail = 2 * (groups - gap);
    System.arraycopy(bytes, 2 * gap, bytes, 16 - tail, tail);
    Arrays.fill(bytes, 2 * gap, 16 - tail, (byte) 0);
    return bytes;
  }
}
