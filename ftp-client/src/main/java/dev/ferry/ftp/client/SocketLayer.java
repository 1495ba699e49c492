package dev.ferry.ftp.client;

import java.io.IOException;
import java.net.Socket;

/**
 * The seam where a security layer wraps a session's sockets. Plain FTP passes them through; FTPS
 * (RFC 4217) will wrap the control socket (implicit FTPS at connect, explicit after {@code AUTH
 * TLS} through {@link ControlConnection#replaceSocket}) and each data socket, reusing the control
 * connection's TLS session as servers such as vsftpd require.
 */
interface SocketLayer {
  /** No security layer. */
  SocketLayer PLAIN =
      new SocketLayer() {
        @Override
        public Socket control(Socket socket) {
          return socket;
        }

        @Override
        public Socket data(Socket socket) {
          return socket;
        }
      };

  /**
   * Wraps the control socket once it is connected, before the greeting is read.
   *
   * @param socket the connected socket
   * @return the socket to speak FTP over
   * @throws IOException if wrapping fails
   */
  Socket control(Socket socket) throws IOException;

  /**
   * Wraps a data socket once the server has accepted the transfer command (after its 1yz reply),
   * which is when a server starts its side of a TLS handshake.
   *
   * @param socket the connected data socket
   * @return the socket to move data over
   * @throws IOException if wrapping fails
   */
  Socket data(Socket socket) throws IOException;
}
