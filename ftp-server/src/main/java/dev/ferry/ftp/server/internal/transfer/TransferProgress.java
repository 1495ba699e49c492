package dev.ferry.ftp.server.internal.transfer;

import java.util.concurrent.atomic.AtomicLong;

/** The bytes a transfer moved so far: written by the transfer, read by STAT and the watchdog. */
public final class TransferProgress {
  private final AtomicLong bytes = new AtomicLong();

  /** Creates a progress at zero. */
  public TransferProgress() {}

  /**
   * Adds moved bytes.
   *
   * @param count how many more bytes moved
   */
  public void add(long count) {
    bytes.addAndGet(count);
  }

  /**
   * Returns the bytes moved so far.
   *
   * @return the count
   */
  public long bytes() {
    return bytes.get();
  }
}
