package dev.ferry.ftp.server.internal.transfer;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.List;

/**
 * Channels that move bytes no faster than every one of their {@link TokenBucket}s allows (the
 * user's own rate and the server's total). Each call moves at most an eighth of a second's worth,
 * so an abort or the stall watchdog never waits long behind a sleeping transfer.
 */
final class ThrottledChannels {
  private ThrottledChannels() {}

  static ReadableByteChannel readable(ReadableByteChannel channel, List<TokenBucket> buckets) {
    int chunk = chunk(buckets);
    return new ReadableByteChannel() {
      @Override
      public int read(ByteBuffer target) throws IOException {
        int limit = target.limit();
        target.limit(target.position() + Math.min(target.remaining(), chunk));
        int read;
        try {
          read = channel.read(target);
        } finally {
          target.limit(limit);
        }
        if (read > 0) {
          pause(buckets, read);
        }
        return read;
      }

      @Override
      public boolean isOpen() {
        return channel.isOpen();
      }

      @Override
      public void close() throws IOException {
        channel.close();
      }
    };
  }

  static WritableByteChannel writable(WritableByteChannel channel, List<TokenBucket> buckets) {
    int chunk = chunk(buckets);
    return new WritableByteChannel() {
      @Override
      public int write(ByteBuffer source) throws IOException {
        int bytes = Math.min(source.remaining(), chunk);
        pause(buckets, bytes);
        int limit = source.limit();
        source.limit(source.position() + bytes);
        try {
          return channel.write(source);
        } finally {
          source.limit(limit);
        }
      }

      @Override
      public boolean isOpen() {
        return channel.isOpen();
      }

      @Override
      public void close() throws IOException {
        channel.close();
      }
    };
  }

  private static int chunk(List<TokenBucket> buckets) {
    long slowest = buckets.stream().mapToLong(TokenBucket::bytesPerSecond).min().orElseThrow();
    return (int) Math.max(512, Math.min(Copier.BUFFER_SIZE, slowest / 8));
  }

  private static void pause(List<TokenBucket> buckets, long bytes) throws IOException {
    long wait = 0;
    for (TokenBucket bucket : buckets) {
      wait = Math.max(wait, bucket.take(bytes));
    }
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("transfer interrupted while rate-limited");
      }
    }
  }
}
