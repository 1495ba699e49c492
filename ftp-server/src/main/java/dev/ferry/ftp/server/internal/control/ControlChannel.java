package dev.ferry.ftp.server.internal.control;

import dev.ferry.ftp.tls.ServerTls;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Optional;
import javax.net.ssl.SSLSession;

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

  /**
   * Starts TLS on the connection (RFC 4217 §4): after the {@code 234} reply to {@code AUTH TLS},
   * or before the greeting on an implicit listener. Only while nothing reads the channel.
   *
   * @param tls the listener's TLS
   * @param readAhead bytes already read past the {@code AUTH} line (the start of the handshake)
   * @throws IOException if the handshake fails; the connection is then closed
   */
  default void startTls(ServerTls tls, byte[] readAhead) throws IOException {
    throw new IOException("This control connection cannot carry TLS");
  }

  /**
   * Returns the connection to clear text after the {@code 200} reply to {@code CCC} (RFC 4217
   * §6). Only while nothing reads the channel.
   *
   * @param tls the listener's TLS
   * @throws IOException if the client did not end TLS in time or the connection failed
   */
  default void endTls(ServerTls tls) throws IOException {
    throw new IOException("This control connection carries no TLS");
  }

  /**
   * Returns the TLS session the connection was secured with; it stays after {@code CCC}, because
   * data connections are still checked against it.
   *
   * @return the session, or empty if TLS never started
   */
  default Optional<SSLSession> tlsSession() {
    return Optional.empty();
  }

  /** Closes the connection; a blocked {@link #read} fails. Closing twice does nothing. */
  @Override
  void close();
}
