package dev.ferry.ftp.server.internal.control;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * The byte pipe under a control connection: a socket in production, memory in the session tests
 * (which is why this is an interface). {@link #read} blocks; {@link #write} may be called from
 * two threads, but only under {@link ReplyWriter}'s lock.
 */
public interface ControlChannel extends Closeable {
  /**
   * Returns the client's address.
   *
   * @return the remote address
   */
  InetSocketAddress remoteAddress();

  /**
   * Returns the server's address the client reached.
   *
   * @return the local address
   */
  InetSocketAddress localAddress();

  /**
   * Reads what the client sent.
   *
   * @param buffer where to put the bytes
   * @return how many bytes were read, or -1 at the end of the stream
   * @throws java.net.SocketTimeoutException when the idle timeout passes without a byte
   * @throws IOException if the connection fails or was closed
   */
  int read(byte[] buffer) throws IOException;

  /**
   * Writes and flushes bytes.
   *
   * @param bytes the bytes
   * @throws IOException if the connection fails or was closed
   */
  void write(byte[] bytes) throws IOException;

  /** Closes the connection; a blocked {@link #read} fails. Closing twice does nothing. */
  @Override
  void close();
}
