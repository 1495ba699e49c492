package dev.ferry.ftp.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded pool of sessions with one server, for concurrent work: each thread leases a session,
 * uses it alone, and gives it back.
 *
 * <pre>{@code
 * try (FtpSessionPool pool = FtpSessionPool.create(config, 4);
 *     FtpSessionPool.Lease lease = pool.acquire()) {
 *   lease.session().download("/pub/a.iso", Path.of("a.iso"));
 * }
 * }</pre>
 *
 * <p>Thread-safe. At most {@code maxSessions} sessions exist at once; {@link #acquire()} waits for
 * one when all are leased. A returned session is kept for reuse unless it broke or was left with
 * an open transfer; an idle session older than the configuration's {@linkplain
 * FtpClientConfig#idleTimeout() idle timeout} is closed instead of reused, since servers drop idle
 * control connections, and one idle for more than a second is checked with NOOP first. Leased sessions share nothing, but each keeps the working directory its
 * last user left: use absolute paths.
 */
public final class FtpSessionPool implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(FtpSessionPool.class);

  /** A session idle this long is checked with NOOP before it is leased again. */
  private static final long VALIDATE_AFTER_MILLIS = 1000;

  private final FtpClientConfig config;
  private final int maxSessions;
  private final Semaphore permits;
  private final ReentrantLock lock = new ReentrantLock();
  private final Deque<Idle> idle = new ArrayDeque<>();
  private final Clock clock;
  private boolean closed;

  private record Idle(FtpSession session, long since) {}

  private FtpSessionPool(FtpClientConfig config, int maxSessions) {
    this.config = config;
    this.maxSessions = maxSessions;
    this.permits = new Semaphore(maxSessions, true);
    this.clock = config.clock();
  }

  /**
   * Creates a pool. No connection is opened until the first lease.
   *
   * @param config the server and settings every session uses
   * @param maxSessions the most sessions open at once, at least 1 (servers limit connections per
   *     client, often to a handful)
   * @return the pool
   */
  public static FtpSessionPool create(FtpClientConfig config, int maxSessions) {
    Objects.requireNonNull(config, "config");
    if (maxSessions < 1) {
      throw new IllegalArgumentException("maxSessions must be at least 1: " + maxSessions);
    }
    return new FtpSessionPool(config, maxSessions);
  }

  /**
   * Returns the configuration sessions are opened with.
   *
   * @return the configuration
   */
  public FtpClientConfig config() {
    return config;
  }

  /**
   * Returns the most sessions this pool opens at once.
   *
   * @return the limit
   */
  public int maxSessions() {
    return maxSessions;
  }

  /**
   * Leases a session: an idle one if there is a fresh one, else a new connection. Waits while all
   * sessions are leased.
   *
   * @return the lease; close it to give the session back
   * @throws InterruptedIOException if the thread is interrupted while waiting
   * @throws IOException if a new session cannot be opened
   * @throws IllegalStateException if the pool is closed
   */
  public Lease acquire() throws IOException {
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for an FTP session");
    }
    try {
      while (true) {
        Idle rested = reuse();
        if (rested == null) {
          return new Lease(FtpClient.connect(config));
        }
        if (clock.millis() - rested.since() < VALIDATE_AFTER_MILLIS || alive(rested.session())) {
          return new Lease(rested.session());
        }
      }
    } catch (IOException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  /** A NOOP proves a rested session alive; the server may have dropped it meanwhile. */
  private static boolean alive(FtpSession session) {
    try {
      session.noop();
      return true;
    } catch (IOException e) {
      log.debug("{}: idle session lost, opening another: {}", session, e.toString());
      session.close();
      return false;
    }
  }

  /** Takes the freshest idle session, closing the stale ones. */
  private Idle reuse() {
    List<FtpSession> stale = new ArrayList<>();
    Idle found = null;
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("the pool is closed");
      }
      long oldest = clock.millis() - config.idleTimeout().toMillis();
      while (found == null && !idle.isEmpty()) {
        Idle candidate = idle.pollFirst();
        if (candidate.since() >= oldest && candidate.session().isOpen()) {
          found = candidate;
        } else {
          stale.add(candidate.session());
        }
      }
    } finally {
      lock.unlock();
    }
    stale.forEach(FtpSession::close); // QUIT outside the lock: it waits for the server
    return found;
  }

  private void release(FtpSession session, boolean reusable) {
    boolean keep;
    lock.lock();
    try {
      keep = reusable && !closed && session.isOpen() && !session.commands().isBusy();
      if (keep) {
        idle.addFirst(new Idle(session, clock.millis()));
      }
    } finally {
      lock.unlock();
    }
    if (!keep) {
      session.close();
    }
    permits.release();
  }

  /**
   * Downloads one file over several sessions at once, each fetching a range (REST, RETR, ABOR at
   * the range's end), like {@code lftp pget -n}: faster where one connection cannot fill the
   * link. Falls back to a plain download for a small file (under 1 MiB per segment), a text
   * transfer, or a server that does not announce {@code REST STREAM}. Verification and
   * modification time apply to the whole file; resume does not apply.
   *
   * @param remote the remote file
   * @param local the local file, created or replaced
   * @param segments how many ranges to fetch at once, at least 1; at most the pool's size run
   *     together
   * @param options how to transfer; the listener sees the ranges' bytes summed
   * @return what the transfer did
   * @throws IOException if a range fails (the others are stopped) or verification fails
   */
  public TransferResult download(String remote, Path local, int segments, TransferOptions options)
      throws IOException {
    return SegmentedDownload.run(this, remote, local, segments, options);
  }

  /**
   * Copies a remote directory tree into a local folder, files in parallel over this pool's
   * sessions: a download, or with {@link MirrorOptions} a one-way mirror (only missing, only
   * newer, deleting what the source lacks). Symbolic links are left out, not followed.
   *
   * @param remoteDir the remote directory
   * @param localDir the local folder, created if needed
   * @param options which files to copy and how
   * @return what was copied, skipped and deleted
   * @throws IOException if listing or a copy fails (the copies still running are stopped)
   */
  public TreeResult downloadTree(String remoteDir, Path localDir, MirrorOptions options)
      throws IOException {
    return TreeTransfer.download(this, remoteDir, localDir, options);
  }

  /**
   * Copies a local folder's tree to a remote directory, files in parallel over this pool's
   * sessions; see {@link #downloadTree}.
   *
   * @param localDir the local folder
   * @param remoteDir the remote directory, created if needed
   * @param options which files to copy and how
   * @return what was copied, skipped and deleted
   * @throws IOException if listing or a copy fails (the copies still running are stopped)
   */
  public TreeResult uploadTree(Path localDir, String remoteDir, MirrorOptions options)
      throws IOException {
    return TreeTransfer.upload(this, localDir, remoteDir, options);
  }

  /** Closes every idle session; sessions still leased are closed when they come back. */
  @Override
  public void close() {
    List<Idle> toClose;
    lock.lock();
    try {
      closed = true;
      toClose = new ArrayList<>(idle);
      idle.clear();
    } finally {
      lock.unlock();
    }
    for (Idle i : toClose) {
      i.session().close();
    }
    log.debug("pool for {} closed", config.host());
  }

  /** A session leased from the pool, for one thread. Closing gives it back. */
  public final class Lease implements AutoCloseable {
    private final FtpSession session;
    private boolean returned;
    private boolean discard;

    private Lease(FtpSession session) {
      this.session = session;
    }

    /**
     * Returns the leased session.
     *
     * @return the session
     * @throws IllegalStateException if the lease was closed
     */
    public FtpSession session() {
      if (returned) {
        throw new IllegalStateException("the lease was closed");
      }
      return session;
    }

    /** Marks the session as not to be reused: it is closed when the lease is. */
    public void discard() {
      discard = true;
    }

    /** Gives the session back to the pool (or closes it if it broke or was discarded). */
    @Override
    public void close() {
      if (!returned) {
        returned = true;
        release(session, !discard);
      }
    }
  }
}
