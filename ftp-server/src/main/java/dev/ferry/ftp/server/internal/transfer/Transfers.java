package dev.ferry.ftp.server.internal.transfer;

import dev.ferry.ftp.server.internal.control.ReplyWriter;
import dev.ferry.ftp.server.internal.data.AbortReason;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A session's transfer slot: at most one transfer at a time. The transfer clears the slot under
 * the reply lock just before its final reply, so a command the client sends after reading that
 * reply never finds the transfer still running, and no reply can overtake it.
 */
public final class Transfers {
  private final TransferRunner runner;
  private final ReplyWriter writer;
  private final Runnable onTransferEnd;
  private final AtomicReference<Transfer> active = new AtomicReference<>();
  // The last transfer started: it leaves the slot before its thread has quite ended.
  private final AtomicReference<Transfer> latest = new AtomicReference<>();

  /**
   * Creates an empty slot.
   *
   * @param runner starts transfer threads
   * @param writer the session's reply writer
   * @param onTransferEnd called on the transfer's thread after its final reply
   */
  public Transfers(TransferRunner runner, ReplyWriter writer, Runnable onTransferEnd) {
    this.runner = runner;
    this.writer = writer;
    this.onTransferEnd = onTransferEnd;
  }

  /**
   * Returns the running transfer.
   *
   * @return the transfer, or empty
   */
  public Optional<Transfer> active() {
    return Optional.ofNullable(active.get());
  }

  /**
   * Starts a transfer on its own thread. The caller has sent the {@code 150} reply.
   *
   * @param request what to transfer
   * @return the transfer
   * @throws IllegalStateException if one is running; the dispatcher never lets that happen
   */
  public Transfer start(TransferRequest request) {
    Transfer transfer = occupy(new Transfer(request));
    runner.launch(transfer, writer, () -> active.compareAndSet(transfer, null), onTransferEnd);
    return transfer;
  }

  /**
   * Runs a command's work without a data connection in the transfer slot, on its own thread,
   * which sends the final reply.
   *
   * @param command the command, for STAT
   * @param sessionId the session's id, for the thread's name
   * @param job the work
   * @return the running work
   * @throws IllegalStateException if a transfer is already running
   */
  public Transfer startLocal(String command, String sessionId, LocalJob job) {
    Transfer transfer = occupy(new Transfer(command, sessionId));
    runner.launchLocal(transfer, job, writer, () -> active.compareAndSet(transfer, null),
        onTransferEnd);
    return transfer;
  }

  private Transfer occupy(Transfer transfer) {
    if (!active.compareAndSet(null, transfer)) {
      throw new IllegalStateException("a transfer is already running");
    }
    latest.set(transfer);
    return transfer;
  }

  /**
   * Waits until no transfer runs.
   *
   * @throws InterruptedException if interrupted
   */
  public void awaitIdle() throws InterruptedException {
    Transfer transfer = active.get();
    if (transfer != null) {
      transfer.awaitDone();
    }
  }

  /**
   * Waits, for at most {@code timeout}, until no transfer runs.
   *
   * @param timeout the longest wait
   * @return whether no transfer runs now
   * @throws InterruptedException if interrupted
   */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    Transfer transfer = active.get();
    return transfer == null || transfer.awaitDone(timeout);
  }

  /**
   * Aborts the running transfer, if any, and waits for at most {@code timeout} until the thread
   * of the last transfer has ended completely.
   *
   * @param reason why
   * @param timeout the longest wait
   * @return whether no transfer thread is left
   * @throws InterruptedException if interrupted
   */
  public boolean abort(AbortReason reason, Duration timeout) throws InterruptedException {
    Transfer running = active.get();
    if (running != null) {
      running.abort(reason);
    }
    Transfer last = latest.get();
    return last == null || last.awaitDone(timeout);
  }
}
