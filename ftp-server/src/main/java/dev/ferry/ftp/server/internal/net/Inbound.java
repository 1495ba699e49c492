package dev.ferry.ftp.server.internal.net;

import dev.ferry.ftp.protocol.DecodedCommand;
import dev.ferry.ftp.protocol.Reply;

/** What reaches a session's loop: from its {@link CommandReader}, or the end of a transfer. */
sealed interface Inbound {
  /** Idle timeout reached with no byte from the client. */
  Inbound IDLE = new Idle();

  /** The client closed the connection, or it failed. */
  Inbound END = new End();

  /** The running transfer sent its final reply. */
  Inbound TRANSFER_ENDED = new TransferEnded();

  /**
   * A command line.
   *
   * @param command the decoded command
   */
  record Line(DecodedCommand command) implements Inbound {}

  /**
   * A line that is no command (too long, no verb), answered without dispatching.
   *
   * @param reply the {@code 500} to send
   */
  record BadLine(Reply reply) implements Inbound {}

  /** See {@link #IDLE}. */
  record Idle() implements Inbound {}

  /** See {@link #END}. */
  record End() implements Inbound {}

  /** See {@link #TRANSFER_ENDED}. */
  record TransferEnded() implements Inbound {}
}
