package dev.ferry.ftp.tls.internal;

import java.util.regex.Pattern;

/** Recognises the host names and IP address literals a certificate can name, without DNS. */
public final class HostNames {
  private static final Pattern IPV4 =
      Pattern.compile(
          "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

  /** One RFC 1123 §2.1 label: letters, digits and inner hyphens, at most 63 characters. */
  private static final String LABEL = "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?";

  /** Labels joined by dots, with an optional leading wildcard label (RFC 6125 §6.4.3). */
  private static final Pattern DNS_NAME =
      Pattern.compile("(\\*\\.)?" + LABEL + "(\\." + LABEL + ")*\\.?");

  private HostNames() {}

  /**
   * Returns whether {@code host} is an IPv4 or IPv6 address literal.
   *
   * @param host the host
   * @return whether it is an address literal
   */
  public static boolean isIpLiteral(String host) {
    if (IPV4.matcher(host).matches()) {
      return true;
    }
    return host.indexOf(':') >= 0 && IPV6.matcher(host).matches() && validIpv6(host);
  }

  /**
   * Returns whether {@code host} is a DNS name a certificate can carry.
   *
   * @param host the host
   * @return whether it is a valid DNS name
   */
  public static boolean isDnsName(String host) {
    return host.length() <= 253 && DNS_NAME.matcher(host).matches();
  }

  private static boolean validIpv6(String host) {
    try {
      // Only reached for strings of hex digits, colons and dots: parsed as a literal, never looked
      // up.
      java.net.InetAddress.getByName(host);
      return true;
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }
}
