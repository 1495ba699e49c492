package dev.ferry.ftp.server;

/**
 * Caps on what clients may hold, enforced before a session's thread is started: a refused
 * connection gets {@code 421} and is closed (RFC 959 §4.2).
 *
 * @param maxSessions the most control connections at once, over all listeners
 * @param maxSessionsPerAddress the most control connections at once from one client address
 * @param maxLineLength the longest command line accepted, in bytes; a longer one is answered
 *     with {@code 500} and the session goes on
 */
public record Limits(int maxSessions, int maxSessionsPerAddress, int maxLineLength) {
  /** The default {@link #maxSessions()}. */
  public static final int DEFAULT_MAX_SESSIONS = 1000;

  /** The default {@link #maxSessionsPerAddress()}. */
  public static final int DEFAULT_MAX_SESSIONS_PER_ADDRESS = 50;

  /** The default {@link #maxLineLength()}, in bytes: room for a 4096-byte path and a verb. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 4200;

  /**
   * Checks the values.
   *
   * @param maxSessions at least 1
   * @param maxSessionsPerAddress at least 1
   * @param maxLineLength at least 64
   * @throws IllegalArgumentException naming the bad field
   */
  public Limits {
    Checks.atLeast(maxSessions, 1, "limits.maxSessions");
    Checks.atLeast(maxSessionsPerAddress, 1, "limits.maxSessionsPerAddress");
    Checks.atLeast(maxLineLength, 64, "limits.maxLineLength");
  }

  /**
   * Returns the defaults.
   *
   * @return the limits
   */
  public static Limits defaults() {
    return new Limits(DEFAULT_MAX_SESSIONS, DEFAULT_MAX_SESSIONS_PER_ADDRESS,
        DEFAULT_MAX_LINE_LENGTH);
  }

  /**
   * Returns a copy with another global session cap.
   *
   * @param maxSessions at least 1
   * @return the new limits
   */
  public Limits withMaxSessions(int maxSessions) {
    return new Limits(maxSessions, maxSessionsPerAddress, maxLineLength);
  }

  /**
   * Returns a copy with another per-address session cap.
   *
   * @param maxSessionsPerAddress at least 1
   * @return the new limits
   */
  public Limits withMaxSessionsPerAddress(int maxSessionsPerAddress) {
    return new Limits(maxSessions, maxSessionsPerAddress, maxLineLength);
  }

  /**
   * Returns a copy with another command line limit.
   *
   * @param maxLineLength at least 64 bytes
   * @return the new limits
   */
  public Limits withMaxLineLength(int maxLineLength) {
    return new Limits(maxSessions, maxSessionsPerAddress, maxLineLength);
  }
}
