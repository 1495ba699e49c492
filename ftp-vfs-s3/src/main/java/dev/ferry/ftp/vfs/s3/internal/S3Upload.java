package dev.ferry.ftp.vfs.s3.internal;

import dev.ferry.ftp.vfs.Upload;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VfsException.Kind;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
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
 * <p>Memory is bounded: at most {@code upload-concurrency} part buffers exist at once (one being
 * filled, the others being sent); a writer that gets ahead of the network waits for a buffer.
 * Nothing is visible under the key until {@link #commit()} completes the upload; an abort, a
 * close without a commit, or any failure aborts the multipart upload, so no parts are left.
 */
final class S3Upload implements Upload {
  private static final Logger LOG = LoggerFactory.getLogger(S3Upload.class);
  private static final String CONTENT_TYPE = "application/octet-stream";

  private enum State { OPEN, COMMITTING, DONE }

  private final Bucket bucket;
  private final ExecutorService workers;
  private final VirtualPath path;
  private final String key;
  private final boolean createNew;
  private final PartSizes sizes;
  private final Semaphore buffers;
  private final ReentrantLock lock = new ReentrantLock();
  private final ConcurrentSkipListMap<Integer, CompletedPart> parts =
      new ConcurrentSkipListMap<>();
  private final List<PartTask> tasks = new ArrayList<>();
  private State state = State.OPEN;
  private PartBuffer current;
  private int nextPart = 1;
  private String uploadId;
  private volatile IOException failure;

  S3Upload(Bucket bucket, ExecutorService workers, VirtualPath path, String key,
      boolean createNew, PartSizes sizes) {
    this.bucket = bucket;
    this.workers = workers;
    this.path = path;
    this.key = key;
    this.createNew = createNew;
    this.sizes = sizes;
    this.buffers = new Semaphore(bucket.settings.uploadConcurrency());
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
    return n;
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

  /** Waits for a free buffer: the bound on memory. */
  private PartBuffer newBuffer() throws IOException {
    try {
      while (!buffers.tryAcquire(50, TimeUnit.MILLISECONDS)) {
        checkWritable();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(path + ": interrupted while waiting for a part buffer");
    }
    return new PartBuffer(sizes.size(nextPart));
  }

  /** Hands the full buffer to a background sender. */
  private void send() throws IOException {
    PartBuffer part = current;
    current = null;
    int number = nextPart;
    lock.lock();
    try {
      if (state == State.DONE) {
        buffers.release();
        throw new ClosedChannelException();
      }
      if (number > PartSizes.MAX_PARTS) {
        buffers.release();
        throw new VfsException(Kind.NO_SPACE, path, "larger than S3's 10,000 parts can hold",
            null);
      }
      if (uploadId == null) {
        uploadId = Bucket.call(path, () -> bucket.client.createMultipartUpload(
            bucket.newMultipart(key).contentType(CONTENT_TYPE).build()).uploadId());
      }
      nextPart++;
      PartTask task = new PartTask(number, part);
      tasks.add(task);
      workers.execute(task);
    } finally {
      lock.unlock();
    }
  }

  /** Sends one part; releases its buffer when done, whatever happens. */
  private final class PartTask implements Runnable {
    final int number;
    final PartBuffer part;
    final CountDownLatch done = new CountDownLatch(1);
    volatile Thread thread;

    PartTask(int number, PartBuffer part) {
      this.number = number;
      this.part = part;
    }

    @Override
    public void run() {
      thread = Thread.currentThread();
      try {
        String etag = bucket.client.uploadPart(b -> b.bucket(bucket.name).key(key)
                .uploadId(uploadId).partNumber(number).contentLength(part.size()),
            RequestBody.fromContentProvider(part.content(), part.size(), CONTENT_TYPE)).eTag();
        parts.put(number, CompletedPart.builder().partNumber(number).eTag(etag).build());
      } catch (SdkException e) {
        if (failure == null) {
          failure = S3Errors.map(e, path);
        }
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = new IOException(path + ": part " + number + " failed", e);
        }
      } finally {
        buffers.release();
        done.countDown();
      }
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
      if (failure != null) {
        throw failure;
      }
      if (uploadId == null) {
        putWhole();
      } else {
        if (current != null && current.size() > 0) {
          send();
        }
        awaitParts();
        if (failure != null) {
          throw failure;
        }
        complete();
      }
      finish();
    } catch (IOException | RuntimeException e) {
      discard();
      throw e;
    }
  }

  private void putWhole() throws IOException {
    PartBuffer body = current == null ? new PartBuffer(0) : current;
    checkNameFree();
    try {
      bucket.client.putObject(bucket.newObject(key).contentType(CONTENT_TYPE)
              .contentLength(body.size()).ifNoneMatch(createNew ? "*" : null).build(),
          RequestBody.fromContentProvider(body.content(), body.size(), CONTENT_TYPE));
    } catch (SdkException e) {
      throw commitFailure(e);
    }
  }

  private void complete() throws IOException {
    checkNameFree();
    List<CompletedPart> list = List.copyOf(parts.values());
    try {
      bucket.client.completeMultipartUpload(b -> b.bucket(bucket.name).key(key)
          .uploadId(uploadId).ifNoneMatch(createNew ? "*" : null)
          .multipartUpload(m -> m.parts(list)));
    } catch (SdkException e) {
      throw commitFailure(e);
    }
  }

  /** For create-new: fails if the name was taken meanwhile (on stores without If-None-Match). */
  private void checkNameFree() throws IOException {
    if (createNew && bucket.head(key, path).isPresent()) {
      throw new VfsException(Kind.ALREADY_EXISTS, path, "created while uploading", null);
    }
  }

  private IOException commitFailure(SdkException e) {
    if (createNew && e instanceof S3Exception s3
        && (s3.statusCode() == 412 || s3.statusCode() == 409)) {
      return new VfsException(Kind.ALREADY_EXISTS, path, "created while uploading", e);
    }
    return S3Errors.map(e, path);
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
    lock.lock();
    try {
      if (state != State.OPEN) {
        return;
      }
      state = State.DONE;
    } finally {
      lock.unlock();
    }
    discard();
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
          LOG.warn("{}: a part still being sent after abort", path);
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

  @Override
  public void close() {
    abort();
  }
}
