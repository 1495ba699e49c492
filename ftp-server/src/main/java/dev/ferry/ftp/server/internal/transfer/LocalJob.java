package dev.ferry.ftp.server.internal.transfer;

import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.server.internal.data.AbortSignal;
import java.io.IOException;

/**
 * Work a command does on the server alone, without a data connection, that may take long: HASH
 * and the X-checksums over a whole file. It runs off the control thread in the session's transfer
 * slot ({@link Transfers#startLocal}), so the control connection keeps answering ABOR (which
 * stops it: {@code 426}), STAT and NOOP, and other commands wait for its reply as they wait for a
 * transfer's.
 */
@FunctionalInterface
public interface LocalJob {
  /**
   * Does the work.
   *
   * @param signal register what the work blocks on (the file being read): ABOR closes it
   * @param progress count the bytes processed, for STAT
   * @return the command's final reply
   * @throws IOException if storage fails, or the work was aborted
   */
  Reply run(AbortSignal signal, TransferProgress progress) throws IOException;
}
