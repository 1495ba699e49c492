package dev.ferry.ftp.server.internal.control;

import dev.ferry.ftp.protocol.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes replies to the control connection. The control thread and a transfer thread both write,
 * so each reply is written whole under a {@link ReentrantLock} (not {@code synchronized}, which
 * would pin a virtual thread's carrier during the blocking write on JDK 21).
 *
 * <p>A write that fails marks the writer broken and later replies are dropped: the session loop
 * notices the dead connection on its next read and ends. Replies are UTF-8 (RFC 2640).
 */
public final class ReplyWriter {
  private static final Logger log = LoggerFactory.getLogger(ReplyWriter.class);

  private final ReentrantLock lock = new ReentrantLock();
  private final ControlChannel channel;
  private volatile boolean broken;

  /**
   * Creates a writer.
   *
   * @param channel the control connection
   */
  public ReplyWriter(ControlChannel channel) {
    this.channel = channel;
  }

  /**
   * Writes a reply.
   *
   * @param reply the reply
   */
  public void send(Reply reply) {
    send(reply, () -> {});
  }

  /**
   * Writes a reply after running an action under the same lock, so that the action and the
   * reply are seen together: a transfer clears itself from the session this way before its final
   * reply, and no later reply can overtake it.
   *
   * @param reply the reply
   * @param beforeWrite what to do first, under the lock
   */
  public void send(Reply reply, Runnable beforeWrite) {
    lock.lock();
    try {
      beforeWrite.run();
      if (broken) {
        return;
      }
      log.debug("> {}", reply);
      channel.write(reply.toBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      broken = true;
      log.debug("Control connection lost while replying: {}", e.toString());
    } finally {
      lock.unlock();
    }
  }

  /**
   * Tells whether a write failed.
   *
   * @return whether the connection is known to be dead
   */
  public boolean isBroken() {
    return broken;
  }
}
