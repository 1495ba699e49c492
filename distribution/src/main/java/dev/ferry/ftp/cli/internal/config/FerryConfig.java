package dev.ferry.ftp.cli.internal.config;

import dev.ferry.ftp.server.ActiveConfig;
import dev.ferry.ftp.server.Limits;
import dev.ferry.ftp.server.LoginPolicy;
import dev.ferry.ftp.server.PassiveConfig;
import dev.ferry.ftp.server.RateLimits;
import dev.ferry.ftp.server.Timeouts;
import dev.ferry.ftp.server.auth.HomeDirectory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A production server's configuration ({@code conf/ferry.yaml} with its overrides), checked and
 * immutable. The keys are documented in {@code docs/configuration.md} and in the shipped file.
 *
 * @param file the configuration file
 * @param greeting the text of the {@code 220} greeting
 * @param listeners where to accept control connections; at least one
 * @param passive the passive port range and advertised address, for every listener
 * @param tls the certificate and TLS policy, used by listeners with TLS
 * @param usersFile the users file
 * @param anonymous the home of anonymous read-only users, or empty when anonymous login is off
 * @param limits session and line caps
 * @param rates server-wide bandwidth caps
 * @param timeouts the timeouts
 * @param login the failed-login delay and ban
 * @param active which active-mode targets are allowed
 */
public record FerryConfig(
    Path file,
    String greeting,
    List<ListenerSpec> listeners,
    PassiveConfig passive,
    TlsSettings tls,
    Path usersFile,
    Optional<HomeDirectory> anonymous,
    Limits limits,
    RateLimits rates,
    Timeouts timeouts,
    LoginPolicy login,
    ActiveConfig active) {
  /**
   * Copies the list.
   *
   * @param file the configuration file
   * @param greeting the greeting
   * @param listeners the listeners
   * @param passive the passive settings
   * @param tls the TLS settings
   * @param usersFile the users file
   * @param anonymous the anonymous home, or empty
   * @param limits the limits
   * @param rates the rate limits
   * @param timeouts the timeouts
   * @param login the login policy
   * @param active the active-mode policy
   */
  public FerryConfig {
    listeners = List.copyOf(listeners);
  }

  /**
   * Tells whether any listener speaks TLS.
   *
   * @return whether the TLS settings are used
   */
  public boolean usesTls() {
    return listeners.stream().anyMatch(l -> l.tls() != dev.ferry.ftp.tls.TlsMode.OFF);
  }
}
