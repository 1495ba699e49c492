package dev.ferry.ftp.cli.internal.config;

import dev.ferry.ftp.tls.TlsMode;
import java.net.InetAddress;
import java.util.Objects;

/**
 * One listener as configured; it becomes a {@link dev.ferry.ftp.server.ListenerConfig} once the
 * TLS keys are loaded.
 *
 * @param bind the local address to bind
 * @param port the TCP port
 * @param tls plain, explicit ({@code AUTH TLS}) or implicit TLS
 */
public record ListenerSpec(InetAddress bind, int port, TlsMode tls) {
  /**
   * Checks the values.
   *
   * @param bind the address
   * @param port the port
   * @param tls the TLS mode
   */
  public ListenerSpec {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(tls, "tls");
  }
}
