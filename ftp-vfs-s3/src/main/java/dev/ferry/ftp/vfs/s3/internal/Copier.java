package dev.ferry.ftp.vfs.s3.internal;

import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VfsException.Kind;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Server-side copies: the data never passes through Ferry. One CopyObject up to 5 GiB; above
 * that (or to keep a modification time, see below) a multipart upload whose parts are
 * UploadPartCopy requests, sent in parallel. Every copy is guarded by {@code If-Match} on the
 * source's ETag, so a source replaced meanwhile fails the copy instead of mixing versions.
 *
 * <p><b>The time mark.</b> ListObjectsV2 does not return user metadata, so a listing cannot see
 * the {@code mtime} MFMT stored without one HEAD per object. Objects carrying an {@code mtime}
 * are therefore always written by a one-part multipart copy, whose ETag ends in {@code -1}: the
 * listing HEADs exactly those objects, and reports LastModified for all others without extra
 * requests. (Ferry's own multipart uploads have at least two parts.)
 */
final class Copier {
  private static final Logger LOG = LoggerFactory.getLogger(Copier.class);

  /** The part size of multipart copies of objects above 5 GiB. */
  static final long COPY_PART = 1L << 30;

  private final Bucket bucket;
  private final ExecutorService workers;
  /** The largest object one CopyObject copies: S3's limit (lowered by tests). */
  long singleCopyLimit = S3Settings.MAX_PART;
  /** The part size of multipart copies (lowered by tests). */
  long copyPart = COPY_PART;

  Copier(Bucket bucket, ExecutorService workers) {
    this.bucket = bucket;
    this.workers = workers;
  }

  /** Returns whether an ETag marks an object whose time lives in its metadata. */
  static boolean hasTimeMark(String etag) {
    return etag.endsWith("-1\"") || etag.endsWith("-1");
  }

  /**
   * Copies an object, keeping its metadata (plus {@code extra}, if given).
   *
   * @param head the source's metadata, as HEAD returned it
   * @param extra metadata to add or replace, or {@code null} to keep it as it is
   */
  void copy(String from, String to, HeadObjectResponse head, Map<String, String> extra,
      VirtualPath path) throws IOException {
    Map<String, String> metadata = new HashMap<>(head.metadata());
    if (extra != null) {
      metadata.putAll(extra);
    }
    long size = head.contentLength();
    if (extra == null && size <= singleCopyLimit && !metadata.containsKey(Mtime.KEY)) {
      CopyObjectRequest.Builder b = CopyObjectRequest.builder()
          .sourceBucket(bucket.name).sourceKey(from).copySourceIfMatch(head.eTag())
          .destinationBucket(bucket.name).destinationKey(to)
          .metadataDirective(MetadataDirective.COPY)
          .storageClass(bucket.settings.storageClass())
          .serverSideEncryption(bucket.settings.serverSideEncryption());
      if (bucket.settings.kmsKeyId() != null) {
        b.ssekmsKeyId(bucket.settings.kmsKeyId());
      }
      Bucket.call(path, () -> bucket.client.copyObject(b.build()));
      return;
    }
    multipartCopy(from, to, head, metadata, path);
  }

  private void multipartCopy(String from, String to, HeadObjectResponse head,
      Map<String, String> metadata, VirtualPath path) throws IOException {
    long size = head.contentLength();
    String uploadId = Bucket.call(path, () -> bucket.client.createMultipartUpload(
        bucket.newMultipart(to).contentType(head.contentType()).metadata(metadata).build())
        .uploadId());
    try {
      List<CompletedPart> parts = new ArrayList<>();
      if (size == 0) {
        String etag = Bucket.call(path, () -> bucket.client.uploadPart(b -> b.bucket(bucket.name)
            .key(to).uploadId(uploadId).partNumber(1), RequestBody.empty()).eTag());
        parts.add(CompletedPart.builder().partNumber(1).eTag(etag).build());
      } else {
        long part = size <= singleCopyLimit ? size
            : Math.max(copyPart, (size + PartSizes.MAX_PARTS - 1) / PartSizes.MAX_PARTS);
        List<Future<CompletedPart>> copies = new ArrayList<>();
        Semaphore permits = new Semaphore(bucket.settings.renameConcurrency());
        int number = 1;
        for (long start = 0; start < size; start += part, number++) {
          long first = start;
          long last = Math.min(size, start + part) - 1;
          int n = number;
          acquire(permits, path);
          copies.add(workers.submit(() -> {
            try {
              String etag = bucket.client.uploadPartCopy(b -> b.sourceBucket(bucket.name)
                  .sourceKey(from).copySourceIfMatch(head.eTag())
                  .copySourceRange("bytes=" + first + "-" + last)
                  .destinationBucket(bucket.name).destinationKey(to).uploadId(uploadId)
                  .partNumber(n)).copyPartResult().eTag();
              return CompletedPart.builder().partNumber(n).eTag(etag).build();
            } finally {
              permits.release();
            }
          }));
        }
        for (Future<CompletedPart> copy : copies) {
          parts.add(await(copy, path));
        }
      }
      Bucket.call(path, () -> bucket.client.completeMultipartUpload(b -> b.bucket(bucket.name)
          .key(to).uploadId(uploadId).multipartUpload(m -> m.parts(parts))));
    } catch (IOException | RuntimeException e) {
      bucket.abortQuietly(to, uploadId);
      throw e;
    }
  }

  /**
   * Moves every key under {@code from} to the same name under {@code to}: each key is copied,
   * then deleted, {@code concurrency} keys at a time, page by page. At every moment each key is
   * under one name or both, never neither; a failure stops the move half-way, and says so.
   */
  void moveDirectory(String from, String to, int concurrency, VirtualPath path)
      throws IOException {
    Semaphore permits = new Semaphore(concurrency);
    AtomicLong moved = new AtomicLong();
    String token = null;
    long started = System.nanoTime();
    do {
      ListObjectsV2Response page = bucket.list(from, null, S3Cursor.PAGE, token, path);
      List<Future<Void>> tasks = new ArrayList<>();
      for (S3Object object : page.contents()) {
        acquire(permits, path);
        tasks.add(workers.submit(() -> {
          try {
            moveOne(object, to + object.key().substring(from.length()), path);
            moved.incrementAndGet();
            return null;
          } finally {
            permits.release();
          }
        }));
      }
      try {
        for (Future<Void> task : tasks) {
          await(task, path);
        }
      } catch (IOException e) {
        tasks.forEach(t -> t.cancel(true));
        throw new VfsException(e instanceof VfsException v ? v.kind() : Kind.UNAVAILABLE, path,
            "moved " + moved.get() + " entries before failing; the rest keep the old name", e);
      }
      LOG.info("{}: moved {} entries so far ({} s)", path, moved.get(),
          (System.nanoTime() - started) / 1_000_000_000);
      token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
    } while (token != null);
  }

  private void moveOne(S3Object object, String target, VirtualPath path) throws IOException {
    if (object.size() > singleCopyLimit || hasTimeMark(object.eTag())) {
      HeadObjectResponse head = bucket.head(object.key(), path)
          .orElseThrow(() -> new VfsException(Kind.NOT_FOUND, path, "vanished while moved",
              null));
      copy(object.key(), target, head, null, path);
    } else {
      Bucket.call(path, () -> bucket.client.copyObject(b -> b.sourceBucket(bucket.name)
          .sourceKey(object.key()).copySourceIfMatch(object.eTag())
          .destinationBucket(bucket.name).destinationKey(target)
          .storageClass(bucket.settings.storageClass())
          .serverSideEncryption(bucket.settings.serverSideEncryption())
          .ssekmsKeyId(bucket.settings.kmsKeyId())));
    }
    bucket.delete(object.key(), path);
  }

  private static void acquire(Semaphore permits, VirtualPath path) throws IOException {
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(path + ": interrupted");
    }
  }

  private static <T> T await(Future<T> future, VirtualPath path) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(path + ": interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof SdkException sdk) {
        throw S3Errors.map(sdk, path);
      }
      throw new IOException(path + ": " + cause, cause);
    }
  }
}
