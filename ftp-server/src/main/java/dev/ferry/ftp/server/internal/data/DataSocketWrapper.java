package dev.ferry.ftp.server.internal.data;

import java.io.IOException;
import java.net.Socket;

/**
 * The TLS seam of the data channel: every data socket, accepted or connected, passes through here
 * before a byte moves. The default returns the socket unchanged; FTPS binds an implementation
 * (with {@code OptionalBinder.setBinding()}) that wraps it in a server-mode {@code SSLSocket} when
 * the protection level is {@link DataProtection#PRIVATE}. A wrapped socket turns zero-copy off.
 */
public interface DataSocketWrapper {
  /**
   * Returns the socket to transfer over.
   *
   * @param socket the connected plain socket
   * @param protection the session's protection level
   * @return {@code socket} itself, or a socket layered over it
   * @throws IOException if the handshake fails
   */
  Socket wrap(Socket socket, DataProtection protection) throws IOException;
}
