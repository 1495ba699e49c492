package dev.ferry.ftp.vfs.s3.internal;

import dev.ferry.ftp.vfs.Upload;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VfsException.Kind;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * An upload that streams into S3: a single PUT when everything fits in the first part, else a
 * multipart upload whose parts grow as {@link PartSizes} says and are sent in the background
 * while the next one fills.
 *
 * <p><b>Memory</b> is bounded: at most {@code upload-concurrency} part buffers exist at once (one
 * being filled, the others being sent); a writer that gets ahead of the network waits.
 *
 * <p><b>Visibility.</b> Nothing is visible under the key until {@link #commit()} completes the
 * upload. An abort or a failure aborts the multipart upload, so no parts are left. A close
 * without a commit (a broken transfer) of a new file keeps the parts sent so far, when resuming
 * is on, so that REST + STOR at exactly that size continues it (see {@link Resumable}).
 *
 * <p><b>Writing into an existing object</b> (append, or a write at an offset) composes the new
 * object from ranges of the old one and the new data: ranges of 5 MiB and more are copied inside
 * the store (UploadPartCopy), shorter ones are fetched into the part being filled. Every read of
 * the old object is guarded by {@code If-Match} on its ETag, and so is the final PUT or
 * completion where the store supports it, so a concurrent change fails the upload instead of
 * mixing two versions.
 */
final class S3Upload implements Upload {
  private static final Logger LOG = LoggerFactory.getLogger(S3Upload.class);
  private static final String CONTENT_TYPE = "application/octet-stream";

  /** The object an upload rewrites: its version and size when the upload was opened. */
  record Base(String etag, long size) {}

  private enum State { OPEN, COMMITTING, DONE }

  private final Bucket bucket;
  private final ExecutorService workers;
  private final VirtualPath path;
  private final String key;
  private final boolean createNew;
  private final Base base;
  private final PartSizes sizes;
  private final Semaphore permits;
  private final ReentrantLock lock = new ReentrantLock();
  private final ConcurrentSkipListMap<Integer, CompletedPart> parts =
      new ConcurrentSkipListMap<>();
  private final List<PartTask> tasks = new ArrayList<>();
  private State state = State.OPEN;
  private PartBuffer current;
  private int nextPart = 1;
  private String uploadId;
  private long offset;
  private long written;
  private volatile IOException failure;

  S3Upload(Bucket bucket, ExecutorService workers, VirtualPath path, String key,
      boolean createNew, Base base, PartSizes sizes) {
    this.bucket = bucket;
    this.workers = workers;
    this.path = path;
    this.key = key;
    this.createNew = createNew;
    this.base = base;
    this.sizes = sizes;
    this.permits = new Semaphore(bucket.settings.uploadConcurrency());
  }

  /**
   * Positions the upload: what is written goes at {@code start}. The base object's bytes before
   * it are kept, and a gap past its end is filled with zero bytes.
   */
  void startAt(long start) throws IOException {
    long kept = base == null ? 0 : Math.min(start, base.size());
    if (start - kept > sizes.size(1)) {
      // A disk makes a sparse file; S3 would have to upload every zero byte of the gap.
      throw new VfsException(Kind.UNSUPPORTED, path, "writing more than " + sizes.size(1)
          + " bytes past the end of the file", null);
    }
    copyFrom(0, kept);
    zeros(start - kept);
    offset = start;
  }

  /** Continues an interrupted upload whose parts already hold the first {@code size} bytes. */
  void resume(Resumable interrupted, long size) {
    offset = size;
    uploadId = interrupted.uploadId();
    for (CompletedPart part : interrupted.parts()) {
      parts.put(part.partNumber(), part);
    }
    nextPart = interrupted.parts().size() + 1;
    LOG.info("{}: resuming upload {} after {} parts", path, uploadId, parts.size());
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    checkWritable();
    int n = src.remaining();
    while (src.hasRemaining()) {
      if (current == null) {
        current = newBuffer();
      }
      current.write(src);
      if (current.isFull()) {
        send();
      }
    }
    written += n;
    return n;
  }

  private void zeros(long count) throws IOException {
    for (long left = count; left > 0; ) {
      if (current == null) {
        current = newBuffer();
      }
      left -= current.writeZeros(left);
      if (current.isFull()) {
        send();
      }
    }
  }

  /**
   * Adds the base object's bytes {@code [start, end)}: copied inside the store in whole parts
   * where they start a part and span at least 5 MiB, else fetched into the part being filled.
   */
  private void copyFrom(long start, long end) throws IOException {
    long position = start;
    while (position < end) {
      long left = end - position;
      if ((current == null || current.size() == 0) && left >= S3Settings.MIN_PART) {
        long n = Math.min(left, S3Settings.MAX_PART);
        long first = position;
        acquirePermit();
        submit(number -> bucket.client.uploadPartCopy(b -> b.sourceBucket(bucket.name)
            .sourceKey(key).copySourceIfMatch(base.etag())
            .copySourceRange("bytes=" + first + "-" + (first + n - 1))
            .destinationBucket(bucket.name).destinationKey(key).uploadId(uploadId)
            .partNumber(number)).copyPartResult().eTag());
        position += n;
      } else {
        if (current == null) {
          current = newBuffer();
        }
        long n = Math.min(left, current.capacity() - current.size());
        fetch(position, n);
        position += n;
        if (current.isFull()) {
          send();
        }
      }
    }
  }

  /** Reads {@code count} bytes of the base object from {@code start} into the current part. */
  private void fetch(long start, long count) throws IOException {
    try (InputStream in = bucket.client.getObject(b -> b.bucket(bucket.name).key(key)
        .ifMatch(base.etag()).range("bytes=" + start + "-" + (start + count - 1)))) {
      byte[] chunk = new byte[64 * 1024];
      long left = count;
      while (left > 0) {
        int n = in.read(chunk, 0, (int) Math.min(chunk.length, left));
        if (n < 0) {
          throw new IOException(path + ": the file ended early while it was rewritten");
        }
        current.write(ByteBuffer.wrap(chunk, 0, n));
        left -= n;
      }
    } catch (SdkException e) {
      throw baseFailure(e);
    }
  }

  private void checkWritable() throws IOException {
    lock.lock();
    try {
      if (state != State.OPEN) {
        throw new ClosedChannelException();
      }
    } finally {
      lock.unlock();
    }
    IOException failed = failure;
    if (failed != null) {
      throw new IOException(path + ": uploading a part failed", failed);
    }
  }

  /** Waits for a permit, the bound on memory and on parallel requests. */
  private void acquirePermit() throws IOException {
    try {
      while (!permits.tryAcquire(50, TimeUnit.MILLISECONDS)) {
        checkWritable();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(path + ": interrupted while waiting for a part buffer");
    }
  }

  private PartBuffer newBuffer() throws IOException {
    acquirePermit();
    return new PartBuffer(sizes.size(nextPart));
  }

  /** Hands the full buffer to a background sender. */
  private void send() throws IOException {
    PartBuffer data = current;
    current = null;
    submit(number -> bucket.client.uploadPart(b -> b.bucket(bucket.name).key(key)
            .uploadId(uploadId).partNumber(number).contentLength(data.size()),
        RequestBody.fromContentProvider(data.content(), data.size(), CONTENT_TYPE)).eTag());
  }

  /** One part's request, given its number; returns the part's ETag. */
  @FunctionalInterface
  private interface PartRequest {
    String send(int number) throws Exception;
  }

  /**
   * Starts the multipart upload if needed and sends one part in the background. The caller holds
   * a permit, which the part releases when it is done.
   */
  private void submit(PartRequest request) throws IOException {
    lock.lock();
    try {
      if (state == State.DONE) {
        permits.release();
        throw new ClosedChannelException();
      }
      if (nextPart > PartSizes.MAX_PARTS) {
        permits.release();
        throw new VfsException(Kind.NO_SPACE, path, "larger than S3's 10,000 parts can hold",
            null);
      }
      if (uploadId == null) {
        try {
          uploadId = Bucket.call(path, () -> bucket.client.createMultipartUpload(
              bucket.newMultipart(key).contentType(CONTENT_TYPE).build()).uploadId());
        } catch (IOException e) {
          permits.release();
          throw e;
        }
      }
      PartTask task = new PartTask(nextPart++, request);
      // Only running parts are waited for or interrupted: the list stays as short as the
      // permits allow, however many parts the upload has.
      tasks.removeIf(PartTask::isDone);
      tasks.add(task);
      workers.execute(task);
    } finally {
      lock.unlock();
    }
  }

  /** Sends one part; releases its permit when done, whatever happens. */
  private final class PartTask implements Runnable {
    final int number;
    /** Holds the part's buffer until it is sent; dropped then, so the memory goes with it. */
    PartRequest request;
    final CountDownLatch done = new CountDownLatch(1);
    volatile Thread thread;

    PartTask(int number, PartRequest request) {
      this.number = number;
      this.request = request;
    }

    @Override
    public void run() {
      thread = Thread.currentThread();
      try {
        String etag = request.send(number);
        parts.put(number, CompletedPart.builder().partNumber(number).eTag(etag).build());
      } catch (SdkException e) {
        fail(base != null ? baseFailure(e) : S3Errors.map(e, path));
      } catch (Exception e) {
        fail(new IOException(path + ": part " + number + " failed", e));
      } finally {
        request = null;
        permits.release();
        done.countDown();
      }
    }

    boolean isDone() {
      return done.getCount() == 0;
    }
  }

  private void fail(IOException e) {
    if (failure == null) {
      failure = e;
    }
  }

  @Override
  public void commit() throws IOException {
    lock.lock();
    try {
      if (state != State.OPEN) {
        throw new ClosedChannelException();
      }
      state = State.COMMITTING;
    } finally {
      lock.unlock();
    }
    try {
      throwFailure();
      if (base != null && offset + written < base.size()) {
        copyFrom(offset + written, base.size());
      }
      if (uploadId == null) {
        putWhole();
      } else {
        if (current != null && current.size() > 0) {
          send();
        }
        awaitParts();
        throwFailure();
        complete();
      }
      finish();
    } catch (IOException | RuntimeException e) {
      discard();
      throw e;
    }
  }

  private void throwFailure() throws IOException {
    IOException failed = failure;
    if (failed != null) {
      throw failed;
    }
  }

  private void putWhole() throws IOException {
    PartBuffer body = current == null ? new PartBuffer(0) : current;
    checkPrecondition();
    try {
      bucket.client.putObject(bucket.newObject(key).contentType(CONTENT_TYPE)
              .contentLength(body.size()).ifNoneMatch(createNew ? "*" : null)
              .ifMatch(base == null ? null : base.etag()).build(),
          RequestBody.fromContentProvider(body.content(), body.size(), CONTENT_TYPE));
    } catch (SdkException e) {
      throw commitFailure(e);
    }
  }

  private void complete() throws IOException {
    checkPrecondition();
    List<CompletedPart> list = List.copyOf(parts.values());
    try {
      bucket.client.completeMultipartUpload(b -> b.bucket(bucket.name).key(key)
          .uploadId(uploadId).ifNoneMatch(createNew ? "*" : null)
          .ifMatch(base == null ? null : base.etag()).multipartUpload(m -> m.parts(list)));
    } catch (SdkException e) {
      throw commitFailure(e);
    }
  }

  /**
   * Checks the commit's condition with a HEAD first, for stores that ignore {@code If-Match} and
   * {@code If-None-Match} on writes (AWS honours them, which closes the remaining window).
   */
  private void checkPrecondition() throws IOException {
    if (createNew && bucket.head(key, path).isPresent()) {
      throw new VfsException(Kind.ALREADY_EXISTS, path, "created while uploading", null);
    }
    if (base != null) {
      String now = bucket.head(key, path).map(h -> h.eTag()).orElse(null);
      if (!base.etag().equals(now)) {
        throw changed(null);
      }
    }
  }

  private IOException commitFailure(SdkException e) {
    if (e instanceof S3Exception s3 && (s3.statusCode() == 412 || s3.statusCode() == 409)) {
      return createNew ? new VfsException(Kind.ALREADY_EXISTS, path, "created while uploading",
          e) : changed(e);
    }
    return S3Errors.map(e, path);
  }

  /** A read of the base object failed: if it is gone, shorter or another version, it changed. */
  private IOException baseFailure(SdkException e) {
    boolean changed = e instanceof S3Exception s3
        && (s3.statusCode() == 412 || s3.statusCode() == 404 || s3.statusCode() == 416);
    return changed ? changed(e) : S3Errors.map(e, path);
  }

  private VfsException changed(Exception cause) {
    return new VfsException(Kind.UNAVAILABLE, path,
        "the file was changed by someone else while it was written; try again", cause);
  }

  private void awaitParts() throws IOException {
    for (PartTask task : snapshot()) {
      try {
        task.done.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException(path + ": interrupted while parts were sent");
      }
    }
  }

  private List<PartTask> snapshot() {
    lock.lock();
    try {
      return List.copyOf(tasks);
    } finally {
      lock.unlock();
    }
  }

  private void finish() {
    lock.lock();
    try {
      state = State.DONE;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void abort() {
    if (close(State.OPEN)) {
      discard();
    }
  }

  /** Moves to DONE if the state is {@code from}; returns whether it did. */
  private boolean close(State from) {
    lock.lock();
    try {
      if (state != from) {
        return false;
      }
      state = State.DONE;
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Stops the senders and aborts the multipart upload, so no parts are left behind. */
  private void discard() {
    finish();
    List<PartTask> running = snapshot();
    for (PartTask task : running) {
      Thread thread = task.thread;
      if (thread != null) {
        thread.interrupt();
      }
    }
    for (PartTask task : running) {
      try {
        if (!task.done.await(bucket.settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
          LOG.warn("{}: a part is still being sent after the abort", path);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    String id = uploadId;
    if (id != null && !bucket.abortQuietly(key, id)) {
      LOG.warn("{}: could not abort multipart upload {} of key {}; the stale-upload sweep will",
          path, id, key);
    }
  }

  @Override
  public boolean isOpen() {
    lock.lock();
    try {
      return state == State.OPEN;
    } finally {
      lock.unlock();
    }
  }

  /** Returns whether no object exists under the key: only then can REST + STOR resume. */
  private boolean isNewFile() {
    try {
      return bucket.head(key, path).isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Closes without a commit: keeps what was sent for a later REST + STOR where that is possible
   * (resuming on, a new file, parts sent, no failure), else aborts.
   */
  @Override
  public void close() {
    boolean keep = bucket.settings.resumeUploads() && base == null && failure == null
        && (uploadId != null || (current != null && current.size() >= S3Settings.MIN_PART))
        && isNewFile();
    if (!keep) {
      abort();
      return;
    }
    lock.lock();
    try {
      if (state != State.OPEN) {
        return;
      }
    } finally {
      lock.unlock();
    }
    try {
      if (current != null && current.size() >= S3Settings.MIN_PART) {
        send();
      }
      close(State.OPEN);
      awaitParts();
    } catch (IOException e) {
      fail(e);
    }
    if (failure != null) {
      discard();
      return;
    }
    LOG.info("{}: transfer interrupted after {} bytes; kept multipart upload {} for REST + STOR",
        path, offset + written - (current == null ? 0 : current.size()), uploadId);
  }
}
