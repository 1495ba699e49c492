package dev.ferry.ftp.server;

/**
 * Server-wide caps on file transfer bandwidth, shared by all sessions; each user may have a lower
 * cap of its own ({@link dev.ferry.ftp.server.auth.UserLimits}). Zero means no cap.
 *
 * @param uploadBytesPerSecond the most bytes per second all uploads together may receive
 * @param downloadBytesPerSecond the most bytes per second all downloads together may send
 */
public record RateLimits(long uploadBytesPerSecond, long downloadBytesPerSecond) {
  /** No cap. */
  public static final RateLimits UNLIMITED = new RateLimits(0, 0);

  /**
   * Checks the values.
   *
   * @param uploadBytesPerSecond at least 0
   * @param downloadBytesPerSecond at least 0
   * @throws IllegalArgumentException naming the bad field
   */
  public RateLimits {
    if (uploadBytesPerSecond < 0) {
      throw new IllegalArgumentException("rateLimits.uploadBytesPerSecond must not be negative: "
          + uploadBytesPerSecond);
    }
    if (downloadBytesPerSecond < 0) {
      throw new IllegalArgumentException(
          "rateLimits.downloadBytesPerSecond must not be negative: " + downloadBytesPerSecond);
    }
  }
}
