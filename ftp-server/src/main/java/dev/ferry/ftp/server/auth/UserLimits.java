package dev.ferry.ftp.server.auth;

/**
 * What one user may hold and how fast the user's files move. Zero means no limit of the user's
 * own (the server's global caps still apply).
 *
 * @param maxSessions the most sessions the user may be logged in with at once; a login beyond
 *     it gets {@code 530}
 * @param uploadBytesPerSecond the most bytes per second one upload of the user's may receive
 * @param downloadBytesPerSecond the most bytes per second one download of the user's may send
 */
public record UserLimits(int maxSessions, long uploadBytesPerSecond,
    long downloadBytesPerSecond) {
  /** No limit of the user's own. */
  public static final UserLimits NONE = new UserLimits(0, 0, 0);

  /**
   * Checks the values.
   *
   * @param maxSessions at least 0
   * @param uploadBytesPerSecond at least 0
   * @param downloadBytesPerSecond at least 0
   * @throws IllegalArgumentException naming the bad field
   */
  public UserLimits {
    if (maxSessions < 0) {
      throw new IllegalArgumentException("limits.maxSessions must not be negative: "
          + maxSessions);
    }
    if (uploadBytesPerSecond < 0) {
      throw new IllegalArgumentException("limits.uploadBytesPerSecond must not be negative: "
          + uploadBytesPerSecond);
    }
    if (downloadBytesPerSecond < 0) {
      throw new IllegalArgumentException("limits.downloadBytesPerSecond must not be negative: "
          + downloadBytesPerSecond);
    }
  }
}
