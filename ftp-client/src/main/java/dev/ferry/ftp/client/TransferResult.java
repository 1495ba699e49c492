package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.param.HashAlgorithm;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a file transfer did.
 *
 * @param startOffset where it started in the file: 0, or the offset it resumed from
 * @param bytesTransferred the bytes it moved, not counting {@code startOffset}
 * @param elapsed how long it took
 * @param verifiedWith the checksum the copy was verified with, or empty if it was not
 */
public record TransferResult(
    long startOffset,
    long bytesTransferred,
    Duration elapsed,
    Optional<HashAlgorithm> verifiedWith) {
  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public TransferResult {
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(verifiedWith, "verifiedWith");
    if (startOffset < 0 || bytesTransferred < 0) {
      throw new IllegalArgumentException("negative count: " + startOffset + ", " + bytesTransferred);
    }
  }

  /**
   * Returns the size of the file after the transfer: the start offset plus the bytes moved.
   *
   * @return the file size
   */
  public long fileSize() {
    return startOffset + bytesTransferred;
  }
}
