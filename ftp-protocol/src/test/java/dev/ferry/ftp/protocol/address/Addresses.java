package dev.ferry.ftp.protocol.address;

import java.net.InetAddress;
import java.net.UnknownHostException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of addresses and host-ports for the property tests of this package. */
final class Addresses {
  private Addresses() {}

  static Arbitrary<InetAddress> ipv4() {
    return Arbitraries.bytes().array(byte[].class).ofSize(4).map(Addresses::address);
  }

  /** IPv6 addresses, with many zero groups so that {@code ::} is exercised. */
  static Arbitrary<InetAddress> ipv6() {
    Arbitrary<Integer> group =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just(0)),
            Tuple.of(1, Arbitraries.integers().between(1, 0xff)),
            Tuple.of(2, Arbitraries.integers().between(0, 0xffff)));
    return group
        .array(int[].class)
        .ofSize(8)
        .map(
            groups -> {
              byte[] bytes = new byte[16];
              for (int i = 0; i < 8; i++) {
                bytes[2 * i] = (byte) (groups[i] >> 8);
                bytes[2 * i + 1] = (byte) groups[i];
              }
              return address(bytes);
            });
  }

  static Arbitrary<InetAddress> any() {
    return Arbitraries.oneOf(ipv4(), ipv6());
  }

  static Arbitrary<Integer> ports() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 65535), Arbitraries.of(1, 255, 256, 257, 65535));
  }

  static Arbitrary<HostPort> hostPorts(Arbitrary<InetAddress> addresses) {
    return Combinators.combine(addresses, ports()).as(HostPort::new);
  }

  static InetAddress address(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
  }
}
