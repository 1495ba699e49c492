package dev.ferry.ftp.server;

import dev.ferry.ftp.tls.ServerTls;
import dev.ferry.ftp.tls.ServerTlsContext;
import dev.ferry.ftp.tls.TlsMode;
import dev.ferry.ftp.tls.TlsPolicy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * One address and port the server accepts control connections on, with its passive-mode settings.
 * IPv4 and IPv6 addresses both work; a wildcard address ({@code 0.0.0.0} or {@code ::}) listens
 * on every interface.
 *
 * <p>FTPS (RFC 4217) is per listener: {@link #withTls(TlsPolicy, ServerTlsContext)} with an
 * {@linkplain TlsMode#EXPLICIT explicit} policy offers {@code AUTH TLS}; an {@linkplain
 * TlsMode#IMPLICIT implicit} one starts TLS before the greeting (port 990 by convention). A server
 * often has one listener of each kind.
 *
 * @param bindAddress the local address to bind
 * @param port the TCP port, or 0 for one the system picks ({@link FtpServer#port()} tells which)
 * @param passive where passive data connections listen
 * @param tls the listener's TLS, or {@code null} for plain FTP only; see {@link #tlsIfEnabled()}
 * @param proxyProtocol whether every connection starts with a PROXY protocol header (version 1
 *     or 2) from a load balancer, naming the real client; see {@link #withProxyProtocol(boolean)}
 */
public record ListenerConfig(InetAddress bindAddress, int port, PassiveConfig passive,
    ServerTls tls, boolean proxyProtocol) {
  /**
   * Checks the values.
   *
   * @param bindAddress the local address to bind
   * @param port the TCP port, 0 to 65535
   * @param passive the passive-mode settings
   * @param tls the listener's TLS, or {@code null} for none
   * @throws IllegalArgumentException naming the bad field
   * @throws NullPointerException naming the missing field
   */
  public ListenerConfig {
    Checks.notNull(bindAddress, "listener.bindAddress");
    Checks.port(port, "listener.port");
    Checks.notNull(passive, "listener.passive");
    if (tls != null && tls.policy().mode() == TlsMode.OFF) {
      tls = null;
    }
  }

  /**
   * Creates a listener without the PROXY protocol.
   *
   * @param bindAddress the local address to bind
   * @param port the TCP port, 0 to 65535
   * @param passive the passive-mode settings
   * @param tls the listener's TLS, or {@code null} for none
   */
  public ListenerConfig(InetAddress bindAddress, int port, PassiveConfig passive, ServerTls tls) {
    this(bindAddress, port, passive, tls, false);
  }

  /**
   * Creates a plain-FTP listener.
   *
   * @param bindAddress the local address to bind
   * @param port the TCP port, 0 to 65535
   * @param passive the passive-mode settings
   */
  public ListenerConfig(InetAddress bindAddress, int port, PassiveConfig passive) {
    this(bindAddress, port, passive, null, false);
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
    return new ListenerConfig(bindAddress, port, passive, tls, proxyProtocol);
  }

  /**
   * Returns a copy that speaks FTPS: explicit ({@code AUTH TLS}) or implicit, as the policy's
   * {@linkplain TlsPolicy#mode() mode} says; {@link TlsMode#OFF} turns TLS off.
   *
   * @param policy protocols, suites, what is required, the session-reuse rule
   * @param keys the server's certificate and key
   * @return the new configuration
   */
  public ListenerConfig withTls(TlsPolicy policy, ServerTlsContext keys) {
    Checks.notNull(policy, "listener.tls.policy");
    Checks.notNull(keys, "listener.tls.keys");
    return withTls(ServerTls.create(keys, policy));
  }

  /**
   * Returns a copy with a prepared TLS setup (for a custom handshake timeout, say).
   *
   * @param tls the listener's TLS
   * @return the new configuration
   */
  public ListenerConfig withTls(ServerTls tls) {
    return new ListenerConfig(bindAddress, port, passive, Checks.notNull(tls, "listener.tls"),
        proxyProtocol);
  }

  /**
   * Returns a copy that expects, or no longer expects, a PROXY protocol header (HAProxy's, version
   * 1 or 2) at the start of every connection. The client it names is then the session's client
   * everywhere: bans, per-address limits, the bounce check of PORT and EPRT, the port-stealing
   * check of passive data connections (which must therefore reach this server from the client
   * directly, not through the balancer), logs and events. A connection without a valid header is
   * closed without a greeting. Turn it on only for a listener that nothing but the balancer can
   * reach: whoever can connect can claim any address.
   *
   * @param enabled whether connections carry the header
   * @return the new configuration
   */
  public ListenerConfig withProxyProtocol(boolean enabled) {
    return new ListenerConfig(bindAddress, port, passive, tls, enabled);
  }

  /**
   * Returns the listener's TLS, if it has any.
   *
   * @return the TLS setup, or empty for plain FTP
   */
  public Optional<ServerTls> tlsIfEnabled() {
    return Optional.ofNullable(tls);
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
