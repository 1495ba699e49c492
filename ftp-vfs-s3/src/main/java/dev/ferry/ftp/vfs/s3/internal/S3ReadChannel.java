package dev.ferry.ftp.vfs.s3.internal;

import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VfsException.Kind;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Reads an object with a ranged GET from the requested offset, streaming: memory is the HTTP
 * client's buffer and one small array, whatever the object's size.
 *
 * <p>When the connection breaks or stalls mid-way, the channel continues with a new ranged GET
 * from the byte it reached, guarded by {@code If-Match} on the ETag it started with, so the bytes
 * it returns always come from one version of the object: a replaced or deleted object ends the
 * read with an error, never with a mix. It retries up to the configured retry count with
 * exponential backoff, counting the failures since a connection last delivered 1 MiB (so a store
 * that keeps cutting connections early cannot make it crawl forever).
 */
final class S3ReadChannel implements ReadableByteChannel {
  private final Bucket bucket;
  private final VirtualPath path;
  private final String key;
  private final String etag;
  private final long size;
  /** Bytes a connection must deliver before its predecessors' failures are forgiven. */
  private static final long PROGRESS = 1 << 20;

  private final byte[] chunk = new byte[64 * 1024];
  private long position;
  private ResponseInputStream<GetObjectResponse> in;
  private int failures;
  private long progress;
  private boolean open = true;

  private S3ReadChannel(Bucket bucket, VirtualPath path, String key, String etag, long size,
      long position, ResponseInputStream<GetObjectResponse> in) {
    this.bucket = bucket;
    this.path = path;
    this.key = key;
    this.etag = etag;
    this.size = size;
    this.position = position;
    this.in = in;
  }

  /**
   * Opens an object for reading from {@code offset}.
   *
   * @return the channel, or {@code null} if there is no object under the key
   */
  static S3ReadChannel open(Bucket bucket, VirtualPath path, String key, long offset)
      throws IOException {
    ResponseInputStream<GetObjectResponse> in;
    try {
      in = get(bucket, key, offset, null);
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return null;
      }
      if (e.statusCode() == 416) {
        // The offset is at or past the end: an empty read, once we know the object exists.
        var head = bucket.head(key, path);
        return head.map(h -> new S3ReadChannel(bucket, path, key, h.eTag(),
            h.contentLength(), offset, null)).orElse(null);
      }
      throw S3Errors.map(e, path);
    } catch (SdkException e) {
      throw S3Errors.map(e, path);
    }
    GetObjectResponse response = in.response();
    long length = response.contentLength() == null ? 0 : response.contentLength();
    return new S3ReadChannel(bucket, path, key, response.eTag(), offset + length, offset, in);
  }

  private static ResponseInputStream<GetObjectResponse> get(Bucket bucket, String key,
      long offset, String ifMatch) {
    return bucket.client.getObject(b -> b.bucket(bucket.name).key(key)
        .range(offset == 0 ? null : "bytes=" + offset + "-").ifMatch(ifMatch));
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (!open) {
      throw new ClosedChannelException();
    }
    if (position >= size) {
      release();
      return -1;
    }
    if (!dst.hasRemaining()) {
      return 0;
    }
    while (true) {
      try {
        if (in == null) {
          reopen();
        }
        int n = in.read(chunk, 0, Math.min(chunk.length, dst.remaining()));
        if (n < 0) {
          throw new IOException("the response ended at byte " + position + " of " + size);
        }
        dst.put(chunk, 0, n);
        position += n;
        progress += n;
        if (progress >= PROGRESS) {
          failures = 0;
        }
        return n;
      } catch (InterruptedIOException e) {
        if (Thread.currentThread().isInterrupted()) {
          throw e;
        }
        retryAfter(e);
      } catch (IOException e) {
        if (e instanceof VfsException || !open) {
          throw e;
        }
        retryAfter(e);
      }
    }
  }

  private void retryAfter(IOException e) throws IOException {
    release();
    progress = 0;
    if (++failures > bucket.settings.maxRetries()) {
      throw new VfsException(Kind.UNAVAILABLE, path,
          "reading failed at byte " + position + " after " + failures + " attempts", e);
    }
    long delay = Math.min(S3Clients.MAX_BACKOFF.toMillis(),
        bucket.settings.retryDelay().toMillis() << Math.min(failures - 1, 16));
    try {
      Thread.sleep(delay);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry a read");
    }
  }

  private void reopen() throws IOException {
    try {
      in = get(bucket, key, position, etag);
    } catch (S3Exception e) {
      if (e.statusCode() == 412) {
        throw new VfsException(Kind.UNAVAILABLE, path,
            "the file was replaced while it was read", e);
      }
      if (e.statusCode() == 404) {
        throw new VfsException(Kind.NOT_FOUND, path, "deleted while it was read", e);
      }
      throw S3Errors.map(e, path);
    } catch (SdkException e) {
      throw S3Errors.map(e, path);
    }
  }

  private void release() {
    if (in != null) {
      if (position < size) {
        // Do not drain the rest of a large body just to reuse the connection.
        in.abort();
      }
      try {
        in.close();
      } catch (IOException ignored) {
        // The response is abandoned either way.
      }
      in = null;
    }
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() {
    if (open) {
      open = false;
      release();
    }
  }
}
