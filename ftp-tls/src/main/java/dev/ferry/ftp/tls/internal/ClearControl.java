package dev.ferry.ftp.tls.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLSocket;

/**
 * Ends TLS on a control connection and leaves its TCP connection open in clear text, as {@code CCC}
 * asks (RFC 4217): each side sends {@code close_notify} and reads the other's. The socket must be
 * layered without auto-close, or ending TLS would also end TCP.
 */
public final class ClearControl {
  private ClearControl() {}

  /**
   * Sends {@code close_notify} on {@code control} and reads until the peer's, discarding anything
   * before it. JSSE reads TLS records exactly, so the clear-text bytes that follow stay unread in
   * the TCP connection.
   *
   * @param control a control socket layered without auto-close
   * @param timeout how long to wait for the peer's {@code close_notify}
   * @throws SocketTimeoutException if the peer's {@code close_notify} did not come in time
   * @throws IOException if the connection fails
   */
  public static void clear(SSLSocket control, Duration timeout) throws IOException {
    int readTimeout = control.getSoTimeout();
    control.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis())));
    try {
      control.shutdownOutput();
      InputStream in = control.getInputStream();
      byte[] discard = new byte[512];
      while (in.read(discard) >= 0) {
        // Application data sent before close_notify has nowhere to go once TLS ends.
      }
    } catch (SocketTimeoutException e) {
      SocketTimeoutException explained =
          new SocketTimeoutException(
              "the peer did not end TLS (close_notify) within "
                  + timeout.toMillis()
                  + " ms after CCC");
      explained.initCause(e);
      throw explained;
    } finally {
      control.setSoTimeout(readTimeout);
    }
  }
}
