package dev.ferry.ftp.server.internal.data;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * How another thread stops a transfer that is blocked in I/O: the transfer registers what it is
 * blocked on (the passive listener while accepting, the socket once connected, an upload), and
 * {@link #abort} closes all of it, newest first, which makes the blocked call fail at once. A resource
 * registered after the abort is closed immediately. The first reason wins.
 */
public final class AbortSignal {
  private final ReentrantLock lock = new ReentrantLock();
  private final List<Closeable> resources = new ArrayList<>();
  private volatile AbortReason reason;

  /** Creates a signal that has not fired. */
  public AbortSignal() {}

  /**
   * Registers something to close on abort.
   *
   * @param resource the resource
   * @throws TransferAbortedException if the signal already fired; the resource is then closed
   */
  public void register(Closeable resource) {
    lock.lock();
    try {
      if (reason == null) {
        resources.add(resource);
        return;
      }
    } finally {
      lock.unlock();
    }
    closeQuietly(resource);
    throw new TransferAbortedException(reason);
  }

  /**
   * Fires the signal: records the reason and closes every registered resource.
   *
   * @param why why the transfer stops
   */
  public void abort(AbortReason why) {
    List<Closeable> toClose;
    lock.lock();
    try {
      if (reason != null) {
        return;
      }
      reason = why;
      // Newest first, as try-with-resources would: the data connection shuts its socket down
      // (waking a sendfile) before the bare channel under it is closed.
      toClose = List.copyOf(resources).reversed();
      resources.clear();
    } finally {
      lock.unlock();
    }
    toClose.forEach(AbortSignal::closeQuietly);
  }

  /**
   * Returns why the transfer was aborted.
   *
   * @return the reason, or empty while it was not
   */
  public Optional<AbortReason> reason() {
    return Optional.ofNullable(reason);
  }

  private static void closeQuietly(Closeable resource) {
    try {
      resource.close();
    } catch (IOException | RuntimeException e) {
      // Closing only unblocks the transfer thread; that thread reports the outcome.
    }
  }
}
