package dev.ferry.ftp.server;

import java.time.Duration;

/**
 * The brute-force defence on PASS (RFC 2577 §4): each failed login is answered only after a delay,
 * and an address that fails {@code maxFailures} times within {@code failureWindow} is banned for
 * {@code banDuration}: its sessions are closed with {@code 421} and new ones refused.
 *
 * @param failureDelay how long a failed PASS waits before its {@code 530}; zero for none
 * @param maxFailures how many failures within the window ban an address
 * @param failureWindow the window in which failures are counted
 * @param banDuration how long a ban lasts
 */
public record LoginPolicy(
    Duration failureDelay, int maxFailures, Duration failureWindow, Duration banDuration) {
  /**
   * Checks the values.
   *
   * @param failureDelay not negative
   * @param maxFailures at least 1
   * @param failureWindow positive
   * @param banDuration positive
   * @throws IllegalArgumentException naming the bad field
   */
  public LoginPolicy {
    Checks.notNegative(failureDelay, "loginPolicy.failureDelay");
    Checks.atLeast(maxFailures, 1, "loginPolicy.maxFailures");
    Checks.positive(failureWindow, "loginPolicy.failureWindow");
    Checks.positive(banDuration, "loginPolicy.banDuration");
  }

  /**
   * Returns the defaults: a 1 second delay, a 15 minute ban after 10 failures within 10 minutes.
   *
   * @return the policy
   */
  public static LoginPolicy defaults() {
    return new LoginPolicy(Duration.ofSeconds(1), 10, Duration.ofMinutes(10),
        Duration.ofMinutes(15));
  }

  /**
   * Returns a copy with another failure delay.
   *
   * @param failureDelay not negative
   * @return the new policy
   */
  public LoginPolicy withFailureDelay(Duration failureDelay) {
    return new LoginPolicy(failureDelay, maxFailures, failureWindow, banDuration);
  }

  /**
   * Returns a copy with another ban threshold.
   *
   * @param maxFailures at least 1
   * @param failureWindow positive
   * @param banDuration positive
   * @return the new policy
   */
  public LoginPolicy withBan(int maxFailures, Duration failureWindow, Duration banDuration) {
    return new LoginPolicy(failureDelay, maxFailures, failureWindow, banDuration);
  }
}
