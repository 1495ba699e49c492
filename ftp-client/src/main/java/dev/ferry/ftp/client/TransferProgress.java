package dev.ferry.ftp.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a transfer stands: how many bytes moved, how fast, and how long the rest should take.
 *
 * @param path the remote path
 * @param direction download or upload
 * @param startOffset where the transfer started in the file: 0, or the resume offset
 * @param bytesTransferred the bytes moved by this transfer so far, not counting {@code startOffset}
 * @param totalBytes the size of the whole file, when known
 * @param elapsed the time since the transfer started
 * @param done whether this is the last report
 */
public record TransferProgress(
    String path,
    Direction direction,
    long startOffset,
    long bytesTransferred,
    OptionalLong totalBytes,
    Duration elapsed,
    boolean done) {
  /** Which way the data goes. */
  public enum Direction {
    /** From the server to the client. */
    DOWNLOAD,
    /** From the client to the server. */
    UPLOAD
  }

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if a count or the elapsed time is negative
   */
  public TransferProgress {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(totalBytes, "totalBytes");
    Objects.requireNonNull(elapsed, "elapsed");
    if (startOffset < 0 || bytesTransferred < 0 || elapsed.isNegative()) {
      throw new IllegalArgumentException("negative progress: " + bytesTransferred + ", " + elapsed);
    }
  }

  /**
   * Returns the average rate so far.
   *
   * @return bytes per second; 0 before any time has passed
   */
  public double bytesPerSecond() {
    long nanos = elapsed.toNanos();
    return nanos <= 0 ? 0 : bytesTransferred * 1e9 / nanos;
  }

  /**
   * Returns how much of the file is there: the start offset plus the bytes moved.
   *
   * @return the position in the file
   */
  public long position() {
    return startOffset + bytesTransferred;
  }

  /**
   * Returns the estimated time to completion at the average rate so far.
   *
   * @return the estimate, or empty when the total size or the rate is not known yet
   */
  public Optional<Duration> remaining() {
    if (done) {
      return Optional.of(Duration.ZERO);
    }
    double rate = bytesPerSecond();
    if (totalBytes.isEmpty() || rate <= 0) {
      return Optional.empty();
    }
    long left = Math.max(0, totalBytes.getAsLong() - position());
    return Optional.of(Duration.ofNanos((long) (left / rate * 1e9)));
  }
}
