package dev.ferry.ftp.server;

import java.time.Duration;

/**
 * How long the server waits for clients.
 *
 * @param idle how long a control connection may stay silent while no transfer runs before it is
 *     closed with {@code 421}
 * @param dataConnection how long to wait for a passive data connection to be accepted or an
 *     active one to connect; when it passes, the transfer fails with {@code 425}
 * @param stalledTransfer how long a transfer may move no byte before it is aborted with
 *     {@code 426}
 * @param shutdownGrace how long {@link FtpServer#close()} lets running transfers finish before
 *     it aborts them and closes every session with {@code 421}
 */
public record Timeouts(
    Duration idle, Duration dataConnection, Duration stalledTransfer, Duration shutdownGrace) {
  /**
   * Checks the values.
   *
   * @param idle positive
   * @param dataConnection positive
   * @param stalledTransfer positive
   * @param shutdownGrace not negative; zero aborts transfers at once
   * @throws IllegalArgumentException naming the bad field
   */
  public Timeouts {
    Checks.positive(idle, "timeouts.idle");
    Checks.positive(dataConnection, "timeouts.dataConnection");
    Checks.positive(stalledTransfer, "timeouts.stalledTransfer");
    Checks.notNegative(shutdownGrace, "timeouts.shutdownGrace");
  }

  /**
   * Returns the defaults: idle 5 minutes, data connection 30 seconds, stalled transfer 2
   * minutes, shutdown grace 10 seconds.
   *
   * @return the timeouts
   */
  public static Timeouts defaults() {
    return new Timeouts(Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofMinutes(2),
        Duration.ofSeconds(10));
  }

  /**
   * Returns a copy with another idle timeout.
   *
   * @param idle positive
   * @return the new timeouts
   */
  public Timeouts withIdle(Duration idle) {
    return new Timeouts(idle, dataConnection, stalledTransfer, shutdownGrace);
  }

  /**
   * Returns a copy with another data connection timeout.
   *
   * @param dataConnection positive
   * @return the new timeouts
   */
  public Timeouts withDataConnection(Duration dataConnection) {
    return new Timeouts(idle, dataConnection, stalledTransfer, shutdownGrace);
  }

  /**
   * Returns a copy with another stalled-transfer timeout.
   *
   * @param stalledTransfer positive
   * @return the new timeouts
   */
  public Timeouts withStalledTransfer(Duration stalledTransfer) {
    return new Timeouts(idle, dataConnection, stalledTransfer, shutdownGrace);
  }

  /**
   * Returns a copy with another shutdown grace period.
   *
   * @param shutdownGrace not negative
   * @return the new timeouts
   */
  public Timeouts withShutdownGrace(Duration shutdownGrace) {
    return new Timeouts(idle, dataConnection, stalledTransfer, shutdownGrace);
  }
}
