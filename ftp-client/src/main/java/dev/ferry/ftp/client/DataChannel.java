package dev.ferry.ftp.client;

import dev.ferry.ftp.tls.TlsDataConnection;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/**
 * An open data connection as a transfer sees it: the plain TCP socket, or TLS over it (RFC 4217
 * {@code PROT P}). Timeouts are set on {@link #socket()} either way.
 */
sealed interface DataChannel {
  /** The TCP socket underneath, for timeouts. */
  Socket socket();

  /** The data the server sends. */
  InputStream input() throws IOException;

  /** The data for the server. */
  OutputStream output() throws IOException;

  /**
   * Ends the connection after the data: for TLS, {@code close_notify} and reading to the server's
   * end, which tells the server an upload is complete and collects the TLS 1.3 ticket the next data
   * connection resumes with.
   */
  void finish() throws IOException;

  /**
   * Drops the connection, for ABOR. For TLS, {@code close_notify} goes first: OpenSSL servers
   * (vsftpd) invalidate the TLS session when a connection ends without it, and every later data
   * connection of the control session then fails to resume.
   */
  void abort();

  /** Whether this is TLS, which a download's ABOR must treat gently (see {@link Transfer}). */
  boolean isProtected();

  /** Clear-text data ({@code PROT C}, or no TLS at all). */
  record Clear(Socket socket) implements DataChannel {
    @Override
    public InputStream input() throws IOException {
      return socket.getInputStream();
    }

    @Override
    public OutputStream output() throws IOException {
      return socket.getOutputStream();
    }

    @Override
    public void finish() throws IOException {
      socket.close();
    }

    @Override
    public void abort() {
      try {
        socket.close();
      } catch (IOException e) {
        // Closing our own socket to abort; nothing to recover.
      }
    }

    @Override
    public boolean isProtected() {
      return false;
    }
  }

  /** Protected data ({@code PROT P}): TLS that resumed the control connection's session. */
  record Protected(Socket socket, TlsDataConnection tls) implements DataChannel {
    @Override
    public InputStream input() {
      return tls.inputStream();
    }

    @Override
    public OutputStream output() {
      return tls.outputStream();
    }

    @Override
    public void finish() throws IOException {
      tls.close();
    }

    @Override
    public void abort() {
      try {
        tls.shutdownOutput();
      } catch (IOException e) {
        // The server is gone already; dropping the connection is all there is left to do.
      }
      tls.abort();
    }

    @Override
    public boolean isProtected() {
      return true;
    }
  }
}
