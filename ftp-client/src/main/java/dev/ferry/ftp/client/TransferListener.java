package dev.ferry.ftp.client;

/**
 * Receives progress reports of a transfer: about ten a second while data moves, and one when it
 * ends ({@link TransferProgress#done()}). Called on the thread that drives the transfer, so it must
 * be quick; an exception it throws fails the transfer.
 */
@FunctionalInterface
public interface TransferListener {
  /** A listener that ignores every report. */
  TransferListener NONE = progress -> {};

  /**
   * Receives one report.
   *
   * @param progress where the transfer stands
   */
  void progress(TransferProgress progress);
}
