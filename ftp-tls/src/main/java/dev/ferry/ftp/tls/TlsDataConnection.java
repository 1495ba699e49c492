package dev.ferry.ftp.tls;

import dev.ferry.ftp.tls.internal.EngineTransport;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLSession;

/**
 * A client's protected data connection, made by {@link ClientTls#secureData}: TLS driven by an
 * {@code SSLEngine} over the plain data socket, with blocking streams.
 *
 * <p>End every transfer with {@link #close()}: it sends {@code close_notify} (which tells the
 * server an upload is complete) and reads the connection to its end, collecting the TLS 1.3 session
 * ticket the next data connection resumes with. Closing either stream does the same. {@link
 * #abort()} drops the connection at once, for {@code ABOR}.
 *
 * <p>Data flows one way at a time, as on every FTP data connection: one thread reads or writes;
 * {@link #abort()} may be called from any thread. Read timeouts are those of the socket given to
 * {@link ClientTls#secureData}.
 */
public final class TlsDataConnection implements Closeable {
  private final EngineTransport transport;
  private final int closeTimeoutMillis;
  private final InputStream input = new Input();
  private final OutputStream output = new Output();

  TlsDataConnection(EngineTransport transport, Duration closeTimeout) {
    this.transport = transport;
    this.closeTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, closeTimeout.toMillis());
  }

  /**
   * Returns the stream of decrypted data from the server. Closing it closes the connection.
   *
   * @return the input stream
   */
  public InputStream inputStream() {
    return input;
  }

  /**
   * Returns the stream that encrypts data to the server; each write is sent at once, so write in
   * large chunks. Closing it closes the connection.
   *
   * @return the output stream
   */
  public OutputStream outputStream() {
    return output;
  }

  /**
   * Returns the negotiated session; see {@link SessionResumption#isResumption} to compare it with
   * the control session.
   *
   * @return the session
   */
  public SSLSession session() {
    return transport.session();
  }

  /**
   * Sends {@code close_notify} and ends the output. With TLS 1.3 reading stays possible; with TLS
   * 1.2 the server answers with its own {@code close_notify} and sends nothing more (RFC 5246
   * §7.2.1).
   *
   * @throws IOException if the socket fails
   */
  public void shutdownOutput() throws IOException {
    transport.shutdownOutput();
  }

  /**
   * Closes cleanly: sends {@code close_notify} if not sent yet, reads and discards the rest of the
   * connection until the server closes it (for at most the handshake timeout), and closes the
   * socket. Closing twice does nothing.
   *
   * @throws IOException if {@code close_notify} cannot be sent while the server is still reading;
   *     the socket is closed regardless
   */
  @Override
  public void close() throws IOException {
    transport.close(closeTimeoutMillis);
  }

  /** Closes the socket at once without {@code close_notify}; from any thread. */
  public void abort() {
    transport.abort();
  }

  private final class Input extends InputStream {
    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int count = read(one, 0, 1);
      return count < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      Objects.checkFromIndexSize(offset, length, buffer.length);
      return transport.read(buffer, offset, length);
    }

    @Override
    public void close() throws IOException {
      TlsDataConnection.this.close();
    }
  }

  private final class Output extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
      Objects.checkFromIndexSize(offset, length, buffer.length);
      transport.write(buffer, offset, length);
    }

    @Override
    public void close() throws IOException {
      TlsDataConnection.this.close();
    }
  }
}
