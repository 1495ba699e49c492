package dev.ferry.ftp.server.internal.data;

import dev.ferry.ftp.protocol.address.HostPort;
import dev.ferry.ftp.server.ActiveConfig;
import dev.ferry.ftp.server.command.CommandFailedException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Checks a PORT or EPRT target against the bounce attack (RFC 2577 §3): the server connects only
 * back to the client that owns the control connection, and never to a privileged port, unless
 * {@link ActiveConfig} allows it. RFC 2577 §3 suggests {@code 504} ("command not implemented for
 * that parameter") for a port below 1024; a foreign address is the same kind of refusal and gets
 * the same reply.
 */
@Singleton
public final class BounceGuard {
  private static final int FIRST_UNPRIVILEGED_PORT = 1024;

  private final ActiveConfig config;

  @Inject
  BounceGuard(ActiveConfig config) {
    this.config = config;
  }

  /**
   * Returns the target if it is allowed.
   *
   * @param target the address and port the client asked for
   * @param client the control connection's client address
   * @return the socket address to connect to
   * @throws CommandFailedException {@code 504} if the target is refused
   */
  public InetSocketAddress check(HostPort target, InetAddress client) {
    if (!config.allowOtherAddresses() && !target.address().equals(client)) {
      throw CommandFailedException.parameterNotImplemented(
          "Active mode is allowed only to your own address.");
    }
    if (!config.allowPrivilegedPorts() && target.port() < FIRST_UNPRIVILEGED_PORT) {
      throw CommandFailedException.parameterNotImplemented(
          "Active mode to a port below 1024 is not allowed.");
    }
    return target.toSocketAddress();
  }
}
