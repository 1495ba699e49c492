package dev.ferry.ftp.tls.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSession;

/**
 * TLS over a connected plain socket, driven by an {@link SSLEngine}: blocking reads and writes of
 * application data, the handshake, and the close.
 *
 * <p>It exists because an engine, unlike a layered {@code SSLSocket}, can be created for any host
 * and port ({@code SSLContext.createSSLEngine(host, port)}), and JSSE's client session cache is
 * keyed by those: an engine created with the control connection's host and port offers the control
 * connection's session on a data connection.
 *
 * <p>Buffers: {@code netIn} holds received TLS records not yet unwrapped (kept ready for writing),
 * {@code appIn} holds decrypted bytes not yet delivered (kept ready for reading), and {@code
 * netOut} holds one wrapped batch of records on its way out. Each grows when the engine reports
 * BUFFER_OVERFLOW or BUFFER_UNDERFLOW, up to the session's sizes.
 *
 * <p>One lock covers all engine calls and socket I/O: an FTP data connection carries data one way
 * at a time, so reads and writes never need to overlap, and {@link #abort()} takes no lock.
 */
public final class EngineTransport {
  private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

  /** How long, and for how many bytes, a failed handshake waits for the peer to hang up. */
  private static final int LINGER_MILLIS = 250;

  private static final int LINGER_LIMIT = 64 * 1024;

  private final SSLEngine engine;
  private final Socket socket;
  private final InputStream socketIn;
  private final OutputStream socketOut;
  private final ReentrantLock lock = new ReentrantLock();
  private ByteBuffer netIn;
  private ByteBuffer appIn;
  private ByteBuffer netOut;
  private boolean socketEof;

  /**
   * Creates the transport; nothing is sent until {@link #handshake()}.
   *
   * @param engine a configured engine in client or server mode
   * @param socket a connected plain socket, owned by the transport from now on
   * @throws IOException if the socket's streams cannot be had
   */
  public EngineTransport(SSLEngine engine, Socket socket) throws IOException {
    this.engine = engine;
    this.socket = socket;
    this.socketIn = socket.getInputStream();
    this.socketOut = socket.getOutputStream();
    SSLSession session = engine.getSession();
    netIn = ByteBuffer.allocate(session.getPacketBufferSize());
    appIn = ByteBuffer.allocate(session.getApplicationBufferSize()).flip();
    netOut = ByteBuffer.allocate(session.getPacketBufferSize());
  }

  /**
   * Returns the engine's session: the negotiated one once {@link #handshake()} has returned.
   *
   * @return the session
   */
  public SSLSession session() {
    return engine.getSession();
  }

  /**
   * Runs the handshake to its end.
   *
   * @throws SSLHandshakeException if the peer closes the connection or the handshake fails
   * @throws IOException if the socket fails
   */
  public void handshake() throws IOException {
    lock.lock();
    try {
      engine.beginHandshake();
      HandshakeStatus status = engine.getHandshakeStatus();
      while (status != HandshakeStatus.FINISHED && status != HandshakeStatus.NOT_HANDSHAKING) {
        switch (status) {
          case NEED_WRAP -> status = wrap(EMPTY).getHandshakeStatus();
          case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
            if (!unwrap()) {
              throw new SSLHandshakeException(
                  "the peer closed the connection during the TLS handshake");
            }
            status = engine.getHandshakeStatus();
          }
          case NEED_TASK -> status = runTasks();
          default -> throw new IllegalStateException("handshake status " + status);
        }
        if (engine.isOutboundDone() && engine.isInboundDone()) {
          throw new SSLHandshakeException("the TLS handshake ended with the connection closed");
        }
      }
    } catch (SSLException e) {
      sendPendingAlert();
      throw e;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Reads decrypted application data, blocking until some is available.
   *
   * @param buffer where to put it
   * @param offset where in {@code buffer}
   * @param length at most this many bytes
   * @return the number of bytes read, or -1 at the end of the stream
   * @throws IOException if the socket or the TLS layer fails
   */
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    lock.lock();
    try {
      while (!appIn.hasRemaining()) {
        if (engine.isInboundDone() || !unwrap()) {
          return -1;
        }
      }
      int count = Math.min(length, appIn.remaining());
      appIn.get(buffer, offset, count);
      return count;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Encrypts and sends application data.
   *
   * @param buffer the data
   * @param offset where in {@code buffer}
   * @param length how many bytes
   * @throws IOException if the socket fails or the connection is closed for writing
   */
  public void write(byte[] buffer, int offset, int length) throws IOException {
    lock.lock();
    try {
      ByteBuffer source = ByteBuffer.wrap(buffer, offset, length);
      while (source.hasRemaining()) {
        if (engine.isOutboundDone()) {
          throw new SocketException("the TLS connection is closed for writing");
        }
        HandshakeStatus status = wrap(source).getHandshakeStatus();
        // TLS 1.2 renegotiation or a TLS 1.3 key update can make the engine ask for peer data.
        while (status == HandshakeStatus.NEED_UNWRAP || status == HandshakeStatus.NEED_TASK) {
          if (status == HandshakeStatus.NEED_TASK) {
            status = runTasks();
          } else if (!unwrap()) {
            throw new EOFException("the peer closed the connection during a TLS handshake");
          } else {
            status = engine.getHandshakeStatus();
          }
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Sends {@code close_notify}, then ends the TCP output, so the peer sees the end of the data.
   * Reading stays possible.
   *
   * @throws IOException if the socket fails
   */
  public void shutdownOutput() throws IOException {
    lock.lock();
    try {
      engine.closeOutbound();
      while (!engine.isOutboundDone() && wrap(EMPTY).bytesProduced() > 0) {
        // Each round sends what closing produced: close_notify, after any pending records.
      }
      if (!socket.isOutputShutdown() && !socket.isClosed()) {
        socket.shutdownOutput();
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Closes cleanly: sends {@code close_notify} if not sent yet, reads and discards what the peer
   * still sends until its {@code close_notify} or the end of the stream (for at most {@code
   * drainTimeoutMillis} in all), then closes the socket. Reading to the end collects TLS 1.3
   * NewSessionTicket messages a server sends after the handshake, which a client needs to resume
   * the session on its next data connection.
   *
   * @param drainTimeoutMillis how long to wait for the peer to finish, in all
   * @throws IOException if sending {@code close_notify} fails; the socket is closed regardless
   */
  public void close(int drainTimeoutMillis) throws IOException {
    lock.lock();
    try {
      if (socket.isClosed()) {
        return;
      }
      try {
        shutdownOutput();
      } catch (IOException e) {
        if (!engine.isInboundDone()) {
          throw e;
        }
        // The peer closed first and is gone; its close_notify already ended the data.
      }
      // One deadline for the whole drain: a server that keeps sending cannot hold us here.
      long deadline = System.nanoTime() + drainTimeoutMillis * 1_000_000L;
      while (!engine.isInboundDone()) {
        long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
        if (remainingMillis <= 0) {
          break;
        }
        socket.setSoTimeout((int) remainingMillis);
        if (!unwrap()) {
          break;
        }
        appIn.position(appIn.limit());
      }
    } catch (SocketTimeoutException | SSLException e) {
      // The peer did not close in time or closed untidily; the data was delivered either way.
    } finally {
      lock.unlock();
      socket.close();
    }
  }

  /** Closes the socket at once, without {@code close_notify}: for aborting a transfer. */
  public void abort() {
    try {
      socket.close();
    } catch (IOException e) {
      // Closing a socket we own; nothing to recover.
    }
  }

  /**
   * Unwraps one batch of records into {@code appIn}, reading from the socket when a whole record is
   * not buffered yet.
   *
   * @return false at the end of the socket's stream, true otherwise
   */
  private boolean unwrap() throws IOException {
    while (true) {
      if (netIn.position() == 0 && !fill()) {
        return false;
      }
      netIn.flip();
      appIn.compact();
      SSLEngineResult result;
      try {
        result = engine.unwrap(netIn, appIn);
      } finally {
        netIn.compact();
        appIn.flip();
      }
      switch (result.getStatus()) {
        case OK, CLOSED -> {
          afterUnwrap(result.getHandshakeStatus());
          return true;
        }
        case BUFFER_OVERFLOW ->
            appIn = grow(appIn, engine.getSession().getApplicationBufferSize(), true);
        case BUFFER_UNDERFLOW -> {
          int packetSize = engine.getSession().getPacketBufferSize();
          if (netIn.capacity() < packetSize) {
            netIn = grow(netIn, packetSize, false);
          }
          if (!fill()) {
            return false;
          }
        }
      }
    }
  }

  /** Answers what the engine needs after an unwrap outside the handshake loop. */
  private void afterUnwrap(HandshakeStatus status) throws IOException {
    while (true) {
      switch (status) {
        case NEED_TASK -> status = runTasks();
        // A key update to answer, or (TLS 1.2) the close_notify that answers the peer's.
        case NEED_WRAP -> {
          SSLEngineResult result = wrap(EMPTY);
          if (result.bytesProduced() == 0 && engine.isOutboundDone()) {
            return;
          }
          status = result.getHandshakeStatus();
        }
        default -> {
          return;
        }
      }
    }
  }

  /** Reads from the socket into {@code netIn}; false at the end of the stream. */
  private boolean fill() throws IOException {
    if (socketEof) {
      return false;
    }
    if (!netIn.hasRemaining()) {
      netIn = grow(netIn, engine.getSession().getPacketBufferSize(), false);
    }
    int count =
        socketIn.read(netIn.array(), netIn.arrayOffset() + netIn.position(), netIn.remaining());
    if (count < 0) {
      socketEof = true;
      try {
        engine.closeInbound();
      } catch (SSLException truncated) {
        // No close_notify before the TCP end; for FTP the 226 reply says whether all data came.
      }
      return false;
    }
    netIn.position(netIn.position() + count);
    return true;
  }

  /** Wraps from {@code source} and sends what the engine produced; returns the last result. */
  private SSLEngineResult wrap(ByteBuffer source) throws IOException {
    while (true) {
      netOut.clear();
      SSLEngineResult result = engine.wrap(source, netOut);
      netOut.flip();
      if (netOut.hasRemaining()) {
        socketOut.write(netOut.array(), netOut.arrayOffset(), netOut.remaining());
        socketOut.flush();
      }
      switch (result.getStatus()) {
        case BUFFER_OVERFLOW ->
            netOut = grow(netOut, engine.getSession().getPacketBufferSize(), false);
        case BUFFER_UNDERFLOW -> throw new IllegalStateException("wrap reported BUFFER_UNDERFLOW");
        case OK, CLOSED -> {
          return result;
        }
      }
    }
  }

  private HandshakeStatus runTasks() {
    for (Runnable task = engine.getDelegatedTask();
        task != null;
        task = engine.getDelegatedTask()) {
      task.run();
    }
    return engine.getHandshakeStatus();
  }

  /**
   * Best effort: flush the alert the engine queued when it failed, so the peer learns why. Then a
   * short lingering close: end our output and read what the peer still sends until it closes (it
   * does, on a fatal alert), because closing with unread input sends a TCP reset that can overtake
   * the alert.
   */
  private void sendPendingAlert() {
    try {
      engine.closeOutbound();
      while (!engine.isOutboundDone() && !socket.isClosed()) {
        netOut.clear();
        engine.wrap(EMPTY, netOut);
        netOut.flip();
        if (!netOut.hasRemaining()) {
          break;
        }
        socketOut.write(netOut.array(), netOut.arrayOffset(), netOut.remaining());
      }
      socketOut.flush();
      socket.shutdownOutput();
      socket.setSoTimeout(LINGER_MILLIS);
      byte[] discard = new byte[4096];
      for (int total = 0; total < LINGER_LIMIT; ) {
        int count = socketIn.read(discard);
        if (count < 0) {
          break;
        }
        total += count;
      }
    } catch (IOException | RuntimeException e) {
      // The handshake already failed; its exception is the one that matters.
    }
  }

  /**
   * Returns a buffer of at least {@code minimum} capacity holding {@code buffer}'s content: {@code
   * readMode} buffers keep position..limit, others 0..position.
   */
  private static ByteBuffer grow(ByteBuffer buffer, int minimum, boolean readMode) {
    int content = readMode ? buffer.remaining() : buffer.position();
    int capacity = Math.max(minimum + content, buffer.capacity() * 2);
    ByteBuffer bigger = ByteBuffer.allocate(capacity);
    if (readMode) {
      bigger.put(buffer).flip();
    } else {
      bigger.put(buffer.flip());
    }
    return bigger;
  }
}
