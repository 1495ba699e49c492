package dev.ferry.ftp.server;

import java.util.List;

/**
 * Everything about the server that is not a user or a plugin: where it listens, its limits,
 * timeouts and security policies. Immutable; {@link FtpServer.Builder} assembles one.
 *
 * @param listeners the addresses to accept control connections on; at least one
 * @param limits session and line caps
 * @param timeouts idle, data-connection, stall and shutdown timeouts
 * @param active which active-mode targets are allowed
 * @param loginPolicy the failed-login delay and ban
 * @param greeting the text of the {@code 220} greeting; line breaks make it multi-line
 */
public record ServerConfig(
    List<ListenerConfig> listeners,
    Limits limits,
    Timeouts timeouts,
    ActiveConfig active,
    LoginPolicy loginPolicy,
    String greeting) {
  /** The default greeting. */
  public static final String DEFAULT_GREETING = "Ferry FTP server ready.";

  /**
   * Checks the values and copies the list.
   *
   * @param listeners at least one
   * @param limits session and line caps
   * @param timeouts the timeouts
   * @param active the active-mode policy
   * @param loginPolicy the failed-login policy
   * @param greeting not blank
   * @throws IllegalArgumentException naming the bad field
   * @throws NullPointerException naming the missing field
   */
  public ServerConfig {
    Checks.notNull(listeners, "listeners");
    listeners = List.copyOf(listeners);
    if (listeners.isEmpty()) {
      throw new IllegalArgumentException("listeners must not be empty");
    }
    Checks.notNull(limits, "limits");
    Checks.notNull(timeouts, "timeouts");
    Checks.notNull(active, "active");
    Checks.notNull(loginPolicy, "loginPolicy");
    Checks.notNull(greeting, "greeting");
    if (greeting.isBlank()) {
      throw new IllegalArgumentException("greeting must not be blank");
    }
  }

  /**
   * Returns the defaults with one listener on the loopback address and a system-picked port.
   *
   * @return the configuration
   */
  public static ServerConfig defaults() {
    return new ServerConfig(List.of(ListenerConfig.loopback()), Limits.defaults(),
        Timeouts.defaults(), ActiveConfig.strict(), LoginPolicy.defaults(), DEFAULT_GREETING);
  }
}
