package dev.ferry.ftp.server.internal.data;

/** Thrown into a transfer's own thread when its {@link AbortSignal} fired. */
public final class TransferAbortedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient AbortReason reason;

  /**
   * Creates the exception.
   *
   * @param reason why the transfer stopped
   */
  public TransferAbortedException(AbortReason reason) {
    super(reason.text(), null, false, false);
    this.reason = reason;
  }

  /**
   * Returns why the transfer stopped.
   *
   * @return the reason
   */
  public AbortReason reason() {
    return reason;
  }
}
