package dev.ferry.ftp.server;

/**
 * Caps on what clients may hold, enforced before a session's thread is started: a refused
 * connection gets {@code 421} and is closed (RFC 959 §4.2).
 *
 * @param maxSessions the most control connections at once, over all listeners
 * @param maxSessionsPerAddress the most control connections at once from one client address
 * @param maxLineLength the longest command line accepted, in bytes; a longer one is answered
 *     with {@code 500} and the session goes on
 * @param acceptBacklog how many connections each listener lets the kernel queue before they are
 *     accepted ({@code listen(2)}'s backlog; Linux caps it at {@code net.core.somaxconn}). Past it
 *     a burst of connects is dropped by the kernel and retried by the clients' TCP, seconds later
 */
public record Limits(int maxSessions, int maxSessionsPerAddress, int maxLineLength,
    int acceptBacklog) {
  /** The default {@link #maxSessions()}. */
  public static final int DEFAULT_MAX_SESSIONS = 1000;

  /** The default {@link #maxSessionsPerAddress()}. */
  public static final int DEFAULT_MAX_SESSIONS_PER_ADDRESS = 50;

  /** The default {@link #maxLineLength()}, in bytes: room for a 4096-byte path and a verb. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 4200;

  /**
   * The default {@link #acceptBacklog()}: room for a burst of as many connects as
   * {@link #DEFAULT_MAX_SESSIONS} (the JDK's own default, 50, and the 128 of older kernels
   * overflow when a thousand clients connect at once).
   */
  public static final int DEFAULT_ACCEPT_BACKLOG = 1024;

  /**
   * Checks the values.
   *
   * @param maxSessions at least 1
   * @param maxSessionsPerAddress at least 1
   * @param maxLineLength at least 64
   * @param acceptBacklog at least 1
   * @throws IllegalArgumentException naming the bad field
   */
  public Limits {
    Checks.atLeast(maxSessions, 1, "limits.maxSessions");
    Checks.atLeast(maxSessionsPerAddress, 1, "limits.maxSessionsPerAddress");
    Checks.atLeast(maxLineLength, 64, "limits.maxLineLength");
    Checks.atLeast(acceptBacklog, 1, "limits.acceptBacklog");
  }

  /**
   * Creates limits with the default {@link #acceptBacklog()}.
   *
   * @param maxSessions at least 1
   * @param maxSessionsPerAddress at least 1
   * @param maxLineLength at least 64
   * @throws IllegalArgumentException naming the bad field
   */
  public Limits(int maxSessions, int maxSessionsPerAddress, int maxLineLength) {
    this(maxSessions, maxSessionsPerAddress, maxLineLength, DEFAULT_ACCEPT_BACKLOG);
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
    return new Limits(maxSessions, maxSessionsPerAddress, maxLineLength, acceptBacklog);
  }

  /**
   * Returns a copy with another per-address session cap.
   *
   * @param maxSessionsPerAddress at least 1
   * @return the new limits
   */
  public Limits withMaxSessionsPerAddress(int maxSessionsPerAddress) {
    return new Limits(maxSessions, maxSessionsPerAddress, maxLineLength, acceptBacklog);
  }

  /**
   * Returns a copy with another command line limit.
   *
   * @param maxLineLength at least 64 bytes
   * @return the new limits
   */
  public Limits withMaxLineLength(int maxLineLength) {
    return new Limits(maxSessions, maxSessionsPerAddress, maxLineLength, acceptBacklog);
  }

  /**
   * Returns a copy with another accept backlog.
   *
   * @param acceptBacklog at least 1 connection
   * @return the new limits
   */
  public Limits withAcceptBacklog(int acceptBacklog) {
    return new Limits(maxSessions, maxSessionsPerAddress, maxLineLength, acceptBacklog);
  }
}
