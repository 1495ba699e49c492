package dev.ferry.ftp.server;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Where passive data connections (PASV, EPSV) listen and what address the server advertises for
 * them (RFC 959 §4.1.2, RFC 2428 §3).
 *
 * <p>With a port range, each passive listener takes a free port in {@code [minPort, maxPort]}, so a
 * firewall or a Kubernetes service can open exactly that range; {@code 0, 0} lets the operating
 * system pick any free port. The advertised address is what the 227 reply to PASV names: the
 * server's public address when it sits behind NAT; when empty, the address the client reached the
 * control connection on. EPSV replies carry only the port and need no address.
 *
 * @param minPort the lowest port of the range, or 0 for any port
 * @param maxPort the highest port of the range, or 0 for any port
 * @param advertisedAddress the IPv4 address named in 227 replies; empty for the control
 *     connection's local address
 */
public record PassiveConfig(int minPort, int maxPort, Optional<InetAddress> advertisedAddress) {
  /**
   * Checks the values.
   *
   * @param minPort the lowest port of the range, or 0 for any port
   * @param maxPort the highest port of the range, or 0 for any port
   * @param advertisedAddress the address named in 227 replies, or empty
   * @throws IllegalArgumentException naming the field that is out of range
   */
  public PassiveConfig {
    Checks.port(minPort, "passive.minPort");
    Checks.port(maxPort, "passive.maxPort");
    Checks.notNull(advertisedAddress, "passive.advertisedAddress");
    if ((minPort == 0) != (maxPort == 0) || minPort > maxPort) {
      throw new IllegalArgumentException(
          "passive.minPort and passive.maxPort must both be 0 or form a range: "
              + minPort + "-" + maxPort);
    }
  }

  /**
   * Returns the default: any free port, the control connection's local address advertised.
   *
   * @return the configuration
   */
  public static PassiveConfig anyPort() {
    return new PassiveConfig(0, 0, Optional.empty());
  }

  /**
   * Returns a configuration that takes ports from a range.
   *
   * @param minPort the lowest port, at least 1
   * @param maxPort the highest port, at least {@code minPort}
   * @return the configuration
   */
  public static PassiveConfig range(int minPort, int maxPort) {
    Checks.atLeast(minPort, 1, "passive.minPort");
    return new PassiveConfig(minPort, maxPort, Optional.empty());
  }

  /**
   * Returns a copy that advertises {@code address} in 227 replies.
   *
   * @param address the public IPv4 address
   * @return the new configuration
   */
  public PassiveConfig advertising(InetAddress address) {
    return new PassiveConfig(minPort, maxPort, Optional.of(address));
  }

  /**
   * Tells whether a port range is configured.
   *
   * @return {@code false} when any free port is used
   */
  public boolean hasRange() {
    return minPort != 0;
  }
}
