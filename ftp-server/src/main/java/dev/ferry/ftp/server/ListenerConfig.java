package dev.ferry.ftp.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * One address and port the server accepts control connections on, with its passive-mode settings.
 * IPv4 and IPv6 addresses both work; a wildcard address ({@code 0.0.0.0} or {@code ::}) listens
 * on every interface.
 *
 * @param bindAddress the local address to bind
 * @param port the TCP port, or 0 for one the system picks ({@link FtpServer#port()} tells which)
 * @param passive where passive data connections listen
 */
public record ListenerConfig(InetAddress bindAddress, int port, PassiveConfig passive) {
  /**
   * Checks the values.
   *
   * @param bindAddress the local address to bind
   * @param port the TCP port, 0 to 65535
   * @param passive the passive-mode settings
   * @throws IllegalArgumentException naming the bad field
   * @throws NullPointerException naming the missing field
   */
  public ListenerConfig {
    Checks.notNull(bindAddress, "listener.bindAddress");
    Checks.port(port, "listener.port");
    Checks.notNull(passive, "listener.passive");
  }

  /**
   * Returns a listener on the loopback address {@code 127.0.0.1} and a port the system picks, the
   * safe default for embedding and tests.
   *
   * @return the configuration
   */
  public static ListenerConfig loopback() {
    return of(InetAddress.getLoopbackAddress(), 0);
  }

  /**
   * Returns a listener with default passive settings.
   *
   * @param bindAddress the local address to bind
   * @param port the TCP port, or 0
   * @return the configuration
   */
  public static ListenerConfig of(InetAddress bindAddress, int port) {
    return new ListenerConfig(bindAddress, port, PassiveConfig.anyPort());
  }

  /**
   * Returns a copy with other passive settings.
   *
   * @param passive the passive-mode settings
   * @return the new configuration
   */
  public ListenerConfig withPassive(PassiveConfig passive) {
    return new ListenerConfig(bindAddress, port, passive);
  }

  /**
   * Returns the socket address to bind.
   *
   * @return address and port
   */
  public InetSocketAddress socketAddress() {
    return new InetSocketAddress(bindAddress, port);
  }
}
