package dev.ferry.ftp.server.internal.transfer;

import dev.ferry.ftp.server.RateLimits;
import dev.ferry.ftp.server.auth.UserLimits;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks the token buckets a file transfer must take from: one of its own at the user's rate, and
 * the server's shared bucket for its direction. Listings are never limited.
 */
@Singleton
public final class RateLimiter {
  private final Optional<TokenBucket> uploads;
  private final Optional<TokenBucket> downloads;

  @Inject
  RateLimiter(RateLimits limits) {
    this.uploads = bucket(limits.uploadBytesPerSecond());
    this.downloads = bucket(limits.downloadBytesPerSecond());
  }

  /**
   * Returns the buckets of a transfer.
   *
   * @param kind what the transfer moves
   * @param user the user's limits
   * @return the buckets, empty when nothing limits it
   */
  List<TokenBucket> buckets(TransferJob.Kind kind, UserLimits user) {
    List<TokenBucket> buckets = new ArrayList<>(2);
    switch (kind) {
      case UPLOAD -> {
        bucket(user.uploadBytesPerSecond()).ifPresent(buckets::add);
        uploads.ifPresent(buckets::add);
      }
      case DOWNLOAD -> {
        bucket(user.downloadBytesPerSecond()).ifPresent(buckets::add);
        downloads.ifPresent(buckets::add);
      }
      case LISTING -> { }
    }
    return buckets;
  }

  private static Optional<TokenBucket> bucket(long bytesPerSecond) {
    return bytesPerSecond == 0
        ? Optional.empty()
        : Optional.of(new TokenBucket(bytesPerSecond, System::nanoTime));
  }
}
