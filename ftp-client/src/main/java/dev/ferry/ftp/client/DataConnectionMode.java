package dev.ferry.ftp.client;

import java.net.InetAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * Which side opens the data connection (RFC 959 §3.2).
 *
 * <ul>
 *   <li>{@link #passive()}, the default: the server listens and the client connects, which works
 *       through the client's NAT and firewall. The client asks with EPSV (RFC 2428 §3), which also
 *       works over IPv6 and through NAT on the server's side, and falls back to PASV when the
 *       server refuses EPSV.
 *   <li>{@link #active()}: the client listens and the server connects, for the networks that need
 *       it. The client announces its address with EPRT (RFC 2428 §2), or PORT when EPRT is refused.
 * </ul>
 */
public sealed interface DataConnectionMode {
  /**
   * Returns passive mode: EPSV first, PASV when EPSV is refused, always connecting to the host of
   * the control connection.
   *
   * @return passive mode
   */
  static DataConnectionMode passive() {
    return Passive.DEFAULT;
  }

  /**
   * Returns active mode listening on the control connection's local address, on any free port.
   *
   * @return active mode
   */
  static DataConnectionMode active() {
    return Active.DEFAULT;
  }

  /**
   * Returns active mode on a given local address and port range.
   *
   * @param bindAddress the local address to listen on and announce
   * @param firstPort the lowest port to listen on, 1 to 65535
   * @param lastPort the highest port, at least {@code firstPort}
   * @return active mode
   */
  static DataConnectionMode active(InetAddress bindAddress, int firstPort, int lastPort) {
    return new Active(
        Optional.of(Objects.requireNonNull(bindAddress, "bindAddress")), firstPort, lastPort);
  }

  /**
   * Passive mode (RFC 959 §4.1.2 PASV, RFC 2428 §3 EPSV).
   *
   * @param usePassiveReplyAddress whether to connect to the address in a 227 reply rather than to
   *     the control connection's host; {@code false} by default, because servers behind NAT
   *     announce private addresses and a hostile server could aim the client elsewhere
   */
  record Passive(boolean usePassiveReplyAddress) implements DataConnectionMode {
    static final Passive DEFAULT = new Passive(false);
  }

  /**
   * Active mode (RFC 959 §4.1.2 PORT, RFC 2428 §2 EPRT).
   *
   * @param bindAddress the local address to listen on; empty for the control connection's local
   *     address
   * @param firstPort the lowest port to listen on; 0 (with {@code lastPort} 0) for any free port
   * @param lastPort the highest port to listen on
   */
  record Active(Optional<InetAddress> bindAddress, int firstPort, int lastPort)
      implements DataConnectionMode {
    static final Active DEFAULT = new Active(Optional.empty(), 0, 0);

    /**
     * Checks the port range.
     *
     * @throws IllegalArgumentException if the range is not {@code 0..0} or within 1..65535 and
     *     ordered
     */
    public Active {
      Objects.requireNonNull(bindAddress, "bindAddress");
      boolean any = firstPort == 0 && lastPort == 0;
      if (!any && (firstPort < 1 || lastPort > 65535 || firstPort > lastPort)) {
        throw new IllegalArgumentException(
            "port range must be 0..0 (any) or within 1..65535: " + firstPort + ".." + lastPort);
      }
    }
  }
}
