package dev.ferry.ftp.server.internal.data;

import java.io.IOException;
import java.net.Socket;

/**
 * The TLS seam of the data channel: every data socket, accepted or connected, passes through here
 * before a byte moves. The default ({@link TlsDataSockets}) returns the socket unchanged for
 * {@link DataProtection#CLEAR} and wraps it in a server-mode {@code SSLSocket} for {@link
 * DataProtection#PRIVATE}; an embedder may replace it with {@code OptionalBinder.setBinding()}. A
 * wrapped socket turns zero-copy off.
 */
public interface DataSocketWrapper {
  /**
   * Returns the socket to transfer over.
   *
   * @param socket the connected plain socket
   * @param security the session's protection level and TLS
   * @return {@code socket} itself, or a socket layered over it
   * @throws IOException if the handshake fails
   */
  Socket wrap(Socket socket, DataSecurity security) throws IOException;
}
