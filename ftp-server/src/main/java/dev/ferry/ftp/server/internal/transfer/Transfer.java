package dev.ferry.ftp.server.internal.transfer;

import dev.ferry.ftp.server.internal.data.AbortReason;
import dev.ferry.ftp.server.internal.data.AbortSignal;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One running transfer as the control thread sees it: what it is, how far it got, and the means
 * to abort it and wait for its end (its final reply has been written by then).
 */
public final class Transfer {
  private final String command;
  private final String sessionId;
  private final TransferRequest request;
  private final AbortSignal signal = new AbortSignal();
  private final TransferProgress progress = new TransferProgress();
  private final CountDownLatch done = new CountDownLatch(1);

  Transfer(TransferRequest request) {
    this.command = request.command();
    this.sessionId = request.sessionId();
    this.request = request;
  }

  /** A command's work without a data connection (see {@link LocalJob}). */
  Transfer(String command, String sessionId) {
    this.command = command;
    this.sessionId = sessionId;
    this.request = null;
  }

  /**
   * Returns the command that started the transfer.
   *
   * @return the command, safe to log
   */
  public String command() {
    return command;
  }

  /**
   * Returns the bytes moved so far.
   *
   * @return the count
   */
  public long bytes() {
    return progress.bytes();
  }

  /**
   * Aborts the transfer: it ends with {@code 426} and the given reason. Does nothing once it
   * ended or was aborted.
   *
   * @param reason why
   */
  public void abort(AbortReason reason) {
    signal.abort(reason);
  }

  /**
   * Waits until the transfer's final reply was written.
   *
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public void awaitDone() throws InterruptedException {
    done.await();
  }

  /**
   * Waits, for at most {@code timeout}, until the transfer's final reply was written.
   *
   * @param timeout the longest wait
   * @return whether it ended
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public boolean awaitDone(Duration timeout) throws InterruptedException {
    return done.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** The data transfer's request; {@code null} for a {@link LocalJob}. */
  TransferRequest request() {
    return request;
  }

  String sessionId() {
    return sessionId;
  }

  AbortSignal signal() {
    return signal;
  }

  TransferProgress progress() {
    return progress;
  }

  void markDone() {
    done.countDown();
  }
}
