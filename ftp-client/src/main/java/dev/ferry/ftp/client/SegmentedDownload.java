package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.param.HashAlgorithm;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One file downloaded in parallel ranges, like {@code lftp pget -n}: each segment is a REST and
 * RETR on its own pooled session, written at its offset in the local file, and stopped with ABOR
 * where the next segment begins (FTP has no ranged RETR).
 */
final class SegmentedDownload {
  /** Below this many bytes a segment costs more in commands than it gains in parallelism. */
  static final long MIN_SEGMENT = 1 << 20;

  private final FtpSessionPool pool;
  private final String remote;
  private final TransferOptions options;
  private final long[] progress;
  private final Clock clock;
  private final long started;
  private long size;

  private SegmentedDownload(FtpSessionPool pool, String remote, TransferOptions options, int n) {
    this.pool = pool;
    this.remote = remote;
    this.options = options;
    this.progress = new long[n];
    this.clock = pool.config().clock();
    this.started = clock.millis();
  }

  static TransferResult run(
      FtpSessionPool pool, String remote, Path local, int segments, TransferOptions options)
      throws IOException {
    if (segments < 1) {
      throw new IllegalArgumentException("segments must be at least 1: " + segments);
    }
    long size;
    boolean restStream;
    HashAlgorithm algorithm;
    try (FtpSessionPool.Lease lease = pool.acquire()) {
      FtpSession session = lease.session();
      size = session.size(remote);
      restStream =
          session.features().findAll("REST").stream()
              .anyMatch(f -> f.parameters().equalsIgnoreCase("STREAM"));
      algorithm = FileTransfers.algorithm(session, options);
      int count = (int) Math.min(segments, Math.max(1, size / MIN_SEGMENT));
      if (!restStream || count == 1 || !options.type().isBinary()) {
        return session.download(remote, local, options.withResume(false));
      }
      segments = count;
    }
    SegmentedDownload download = new SegmentedDownload(pool, remote, options, segments);
    download.size = size;
    download.fetch(local);
    if (algorithm != null) {
      MessageDigest digest = algorithm.newMessageDigest();
      try (InputStream in = Files.newInputStream(local)) {
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          digest.update(buffer, 0, n);
        }
      }
      try (FtpSessionPool.Lease lease = pool.acquire()) {
        FileTransfers.verify(lease.session(), remote, algorithm, digest);
      }
    }
    if (options.preserveModificationTime()) {
      try (FtpSessionPool.Lease lease = pool.acquire()) {
        Files.setLastModifiedTime(local, FileTime.from(lease.session().modificationTime(remote)));
      }
    }
    download.report(true);
    return new TransferResult(
        0, size, download.elapsed(), Optional.ofNullable(algorithm));
  }

  private Duration elapsed() {
    return Duration.ofMillis(Math.max(0, clock.millis() - started));
  }

  private void fetch(Path local) throws IOException {
    int count = progress.length;
    try (FileChannel out =
            FileChannel.open(
                local,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Void>> parts = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int index = i;
        long start = size * i / count;
        long end = size * (i + 1) / count;
        parts.add(executor.submit(() -> segment(out, index, start, end)));
      }
      IOException failure = null;
      for (Future<Void> part : parts) {
        try {
          part.get();
        } catch (ExecutionException e) {
          if (failure == null) {
            failure =
                e.getCause() instanceof IOException io
                    ? io
                    : new FtpException("a segment failed", e.getCause());
            parts.forEach(p -> p.cancel(true));
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          parts.forEach(p -> p.cancel(true));
          throw new InterruptedIOException("interrupted during a segmented download");
        } catch (CancellationException e) {
          // cancelled after another segment failed
        }
      }
      if (failure != null) {
        throw failure;
      }
    }
  }

  private Void segment(FileChannel out, int index, long start, long end) throws IOException {
    TransferOptions segmentOptions =
        options.withListener(p -> moved(index, p.bytesTransferred()));
    try (FtpSessionPool.Lease lease = pool.acquire();
        FtpInputStream in =
            lease.session().retrieve(remote, start, segmentOptions, OptionalLong.of(size))) {
      byte[] buffer = new byte[64 * 1024];
      long position = start;
      while (position < end) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, end - position));
        if (n < 0) {
          throw new FtpException(remote + " ended at " + position + ", before " + end);
        }
        out.write(ByteBuffer.wrap(buffer, 0, n), position);
        position += n;
      }
      moved(index, end - start);
    } // closing before the end of the data aborts the rest of this segment's RETR
    return null;
  }

  private void moved(int index, long bytes) {
    synchronized (progress) {
      progress[index] = bytes;
    }
    report(false);
  }

  private void report(boolean done) {
    if (options.listener() == TransferListener.NONE) {
      return;
    }
    long total = 0;
    synchronized (progress) {
      for (long p : progress) {
        total += p;
      }
      options
          .listener()
          .progress(
              new TransferProgress(
                  remote,
                  TransferProgress.Direction.DOWNLOAD,
                  0,
                  Math.min(total, size),
                  OptionalLong.of(size),
                  elapsed(),
                  done));
    }
  }
}
