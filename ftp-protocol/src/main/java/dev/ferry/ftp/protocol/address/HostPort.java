package dev.ferry.ftp.protocol.address;

import dev.ferry.ftp.protocol.InvalidArgumentException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * The host and port of a data connection, as PORT, PASV, EPRT, LPRT and their replies carry it:
 * a literal IP address and a TCP port from 1 to 65535.
 *
 * <p>Port 0 is not a port one can connect to, so it is refused here, and every codec of this
 * package rejects an argument or reply that encodes it. The address is whatever the codec read,
 * including {@code 0.0.0.0} or a loopback address: whether to accept it (bounce protection,
 * replacing a NATed server's private address) is the connection's policy, not the codec's.
 *
 * @param address the IPv4 or IPv6 address; never looked up or reverse-resolved by this class
 * @param port the TCP port, 1–65535
 */
public record HostPort(InetAddress address, int port) {
  /** The lowest port a data connection can use. */
  public static final int MIN_PORT = 1;

  /** The highest TCP port. */
  public static final int MAX_PORT = 65535;

  /**
   * Checks the port.
   *
   * @throws NullPointerException if {@code address} is null
   * @throws IllegalArgumentException if {@code port} is outside 1–65535
   */
  public HostPort {
    Objects.requireNonNull(address, "address");
    if (port < MIN_PORT || port > MAX_PORT) {
      throw new IllegalArgumentException("port " + port + " is outside 1-65535");
    }
  }

  /**
   * Creates a host-port from an address literal.
   *
   * @param literal an IPv4 or IPv6 literal, see {@link IpLiterals#parse}
   * @param port the TCP port, 1–65535
   * @return the host-port
   * @throws InvalidArgumentException if the literal is not an IP address
   * @throws IllegalArgumentException if {@code port} is outside 1–65535
   */
  public static HostPort of(String literal, int port) {
    return new HostPort(IpLiterals.parse(literal), port);
  }

  /**
   * Returns the network protocol of the address.
   *
   * @return {@link NetworkProtocol#IPV4} or {@link NetworkProtocol#IPV6}
   */
  public NetworkProtocol protocol() {
    return NetworkProtocol.of(address);
  }

  /**
   * Returns the socket address to connect to, with no name resolution.
   *
   * @return the address and port as an {@link InetSocketAddress}
   */
  public InetSocketAddress toSocketAddress() {
    return new InetSocketAddress(address, port);
  }

  /**
   * Returns {@code 192.0.2.1:21} or {@code [2001:db8::1]:21}, without looking any name up.
   *
   * @return the literal and the port
   */
  @Override
  public String toString() {
    String literal = IpLiterals.format(address);
    return address instanceof Inet6Address ? "[" + literal + "]:" + port : literal + ":" + port;
  }
}
