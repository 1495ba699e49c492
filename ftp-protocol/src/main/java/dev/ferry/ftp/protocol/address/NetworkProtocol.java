package dev.ferry.ftp.protocol.address;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * The network protocols of EPRT and EPSV, by their IANA address family numbers (RFC 2428 §2:
 * {@code 1} for IPv4, {@code 2} for IPv6).
 */
public enum NetworkProtocol {
  /** Internet Protocol version 4, address family 1. */
  IPV4(1),
  /** Internet Protocol version 6, address family 2. */
  IPV6(2);

  private final int number;

  NetworkProtocol(int number) {
    this.number = number;
  }

  /**
   * Returns the address family number that stands for this protocol on the wire.
   *
   * @return 1 or 2
   */
  public int number() {
    return number;
  }

  /**
   * Returns the protocol of an address.
   *
   * @param address an address; an IPv4-mapped IPv6 address is an {@link Inet4Address} in Java
   * @return {@link #IPV4} or {@link #IPV6}
   */
  public static NetworkProtocol of(InetAddress address) {
    return address instanceof Inet4Address ? IPV4 : IPV6;
  }

  /**
   * Returns the protocol with an address family number.
   *
   * @param number the number
   * @return the protocol
   * @throws UnsupportedNetworkProtocolException if the number is neither 1 nor 2
   */
  public static NetworkProtocol ofNumber(int number) {
    for (NetworkProtocol protocol : values()) {
      if (protocol.number == number) {
        return protocol;
      }
    }
    throw new UnsupportedNetworkProtocolException(number);
  }
}
