package dev.ferry.ftp.vfs.s3.internal;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.ListMultipartUploadsResponse;
import software.amazon.awssdk.services.s3.model.MultipartUpload;

/**
 * Aborts unfinished multipart uploads under the file system's prefix that are older than {@code
 * stale-upload-age}: uploads a crashed node never finished, and interrupted uploads kept for
 * resuming that nobody resumed. Every key under the prefix belongs to Ferry's tree, so the
 * uploads under it are Ferry's.
 */
final class UploadSweeper {
  private static final Logger LOG = LoggerFactory.getLogger(UploadSweeper.class);

  private final Bucket bucket;
  private final String prefix;
  private final Clock clock;

  UploadSweeper(Bucket bucket, String prefix, Clock clock) {
    this.bucket = bucket;
    this.prefix = prefix;
    this.clock = clock;
  }

  /** Sweeps once; failures are logged, the next run tries again. */
  void sweepQuietly() {
    try {
      sweep();
    } catch (SdkException e) {
      LOG.warn("sweeping stale multipart uploads in bucket {} failed: {}", bucket.name,
          S3Errors.rootMessage(e));
    }
  }

  /**
   * Sweeps once.
   *
   * @return how many uploads were aborted
   */
  int sweep() {
    Instant before = clock.instant().minus(bucket.settings.staleUploadAge());
    int aborted = 0;
    String keyMarker = null;
    String uploadIdMarker = null;
    ListMultipartUploadsResponse page;
    do {
      String k = keyMarker;
      String u = uploadIdMarker;
      page = bucket.client.listMultipartUploads(b -> b.bucket(bucket.name)
          .prefix(prefix.isEmpty() ? null : prefix).keyMarker(k).uploadIdMarker(u));
      for (MultipartUpload upload : page.uploads()) {
        if (upload.initiated() != null && upload.initiated().isBefore(before)
            && bucket.abortQuietly(upload.key(), upload.uploadId())) {
          aborted++;
          LOG.info("aborted stale multipart upload of {} started {}", upload.key(),
              upload.initiated());
        }
      }
      keyMarker = page.nextKeyMarker();
      uploadIdMarker = page.nextUploadIdMarker();
    } while (Boolean.TRUE.equals(page.isTruncated()));
    return aborted;
  }
}
