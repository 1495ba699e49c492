package dev.ferry.ftp.cli.internal.config;

import dev.ferry.ftp.server.PassiveConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Parsers of the value formats that the configuration file and the command-line options share.
 * Each failure is an {@link IllegalArgumentException} whose message says what was expected.
 */
public final class Values {
  private Values() {}

  /**
   * Reads a passive port range such as {@code 30000-30100}, or {@code any}.
   *
   * @param text the range
   * @return the passive settings with that range and no advertised address
   * @throws IllegalArgumentException if it is not a range of ports from 1024 to 65535
   */
  public static PassiveConfig portRange(String text) {
    String value = text.strip();
    if (value.equalsIgnoreCase("any")) {
      return PassiveConfig.anyPort();
    }
    String[] range = value.split("\\s*-\\s*", -1);
    if (range.length != 2 || !range[0].matches("\\d{1,5}") || !range[1].matches("\\d{1,5}")) {
      throw new IllegalArgumentException(
          "must be a port range such as 30000-30100, or any; not \"" + text + "\"");
    }
    int min = Integer.parseInt(range[0]);
    int max = Integer.parseInt(range[1]);
    if (min < 1024 || max > 65535 || min > max) {
      throw new IllegalArgumentException(
          "must be a range of ports from 1024 to 65535, lowest first; not \"" + text + "\"");
    }
    return PassiveConfig.range(min, max);
  }

  /**
   * Reads a literal IP address; host names are refused, so a start never depends on DNS.
   *
   * @param text the address, such as {@code 0.0.0.0}, {@code 192.0.2.7} or {@code ::}
   * @return the address
   * @throws IllegalArgumentException if it is not an IP address
   */
  public static InetAddress address(String text) {
    String value = text.strip();
    if (!value.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
      throw new IllegalArgumentException(
          "must be an IP address such as 0.0.0.0, 192.0.2.7 or ::, not \"" + text + "\"");
    }
    try {
      return InetAddress.getByName(value);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not a valid IP address: \"" + text + "\"", e);
    }
  }

  /**
   * Reads the address a passive reply advertises: IPv4 only, as PASV replies carry no other.
   *
   * @param text the address
   * @return the address
   * @throws IllegalArgumentException if it is not an IPv4 address
   */
  public static InetAddress advertisedAddress(String text) {
    InetAddress address = address(text);
    if (address.getAddress().length != 4) {
      throw new IllegalArgumentException(
          "must be an IPv4 address (PASV replies carry IPv4 only; EPSV needs none), not \""
              + text + "\"");
    }
    return address;
  }
}
