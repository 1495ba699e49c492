package dev.ferry.ftp.tls.internal;

import java.io.Closeable;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a blocking TLS handshake with a deadline for the whole handshake, not per read: a peer that
 * trickles one byte every few seconds is cut off as surely as one that sends nothing. When the
 * deadline passes, a virtual thread closes the connection, which makes the blocked handshake fail;
 * the failure is then reported as a {@link SocketTimeoutException}.
 */
public final class HandshakeDeadline {
  private static final int RUNNING = 0;
  private static final int FINISHED = 1;
  private static final int EXPIRED = 2;

  /** A handshake: a blocking call that may fail with an {@link IOException}. */
  @FunctionalInterface
  public interface Handshake {
    /**
     * Runs the handshake to its end.
     *
     * @throws IOException if it fails
     */
    void run() throws IOException;
  }

  private HandshakeDeadline() {}

  /**
   * Runs {@code handshake}, closing {@code connection} if it has not finished within {@code
   * timeout}.
   *
   * @param handshake the handshake
   * @param connection what to close when the deadline passes (the socket)
   * @param timeout the deadline, from now
   * @param peer who the handshake is with, for the message
   * @throws SocketTimeoutException if the deadline passed; the connection is then closed
   * @throws IOException if the handshake failed for another reason
   */
  public static void run(Handshake handshake, Closeable connection, Duration timeout, String peer)
      throws IOException {
    AtomicInteger state = new AtomicInteger(RUNNING);
    Thread watchdog =
        Thread.ofVirtual()
            .name("ferry-tls-handshake-deadline")
            .start(
                () -> {
                  try {
                    Thread.sleep(timeout);
                  } catch (InterruptedException finishedInTime) {
                    return;
                  }
                  if (state.compareAndSet(RUNNING, EXPIRED)) {
                    closeQuietly(connection);
                  }
                });
    try {
      handshake.run();
    } catch (IOException | RuntimeException e) {
      if (!state.compareAndSet(RUNNING, FINISHED)) {
        throw timedOut(peer, timeout, e);
      }
      throw e;
    } finally {
      watchdog.interrupt();
    }
    if (!state.compareAndSet(RUNNING, FINISHED)) {
      // The handshake ended just as the deadline passed and the connection was closed under it.
      throw timedOut(peer, timeout, null);
    }
  }

  private static SocketTimeoutException timedOut(String peer, Duration timeout, Throwable cause) {
    SocketTimeoutException e =
        new SocketTimeoutException(
            "TLS handshake with "
                + peer
                + " did not complete within "
                + timeout.toMillis()
                + " ms");
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }

  private static void closeQuietly(Closeable connection) {
    try {
      connection.close();
    } catch (IOException e) {
      // The handshake fails either way; its failure is what gets reported.
    }
  }
}
