package dev.ferry.ftp.server.internal.data;

import dev.ferry.ftp.server.internal.diag.ServerCounters;
import dev.ferry.ftp.tls.ServerTls;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.WritableByteChannel;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLSocket;

/**
 * An open data connection, whichever side connected and whatever wraps it. Its channels report a
 * broken connection as {@link DataConnectionException}, so a transfer can tell the network's
 * failures ({@code 426}) from storage's. Closing a channel does nothing: the connection ends with
 * {@link #finish()} after a complete transfer and {@link #close()} otherwise. (Closing an {@code
 * SSLSocket}'s stream closes the socket, and a TLS 1.3 socket closed before its peer's {@code
 * close_notify} sends {@code user_canceled}, which GnuTLS clients take as a fatal alert.)
 */
public final class DataConnection implements Closeable {
  /**
   * How long a complete TLS transfer waits for the client's close_notify: clients send it as soon
   * as they have read the end (curl, lftp, ftplib, Commons Net, Ferry's client), so this bounds
   * only a client that never does.
   */
  static final Duration CLOSE_NOTIFY_WAIT = Duration.ofSeconds(5);

  /** The most a direct buffer is copied through at once on a wrapped socket. */
  private static final int CHUNK = 64 * 1024;

  private final SocketChannel plain;
  private final Socket socket;
  private final ServerCounters counters;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final ReadableByteChannel input;
  private final WritableByteChannel output;

  DataConnection(SocketChannel plain, Socket socket, ServerCounters counters) throws IOException {
    this.plain = plain;
    this.socket = socket;
    this.counters = counters;
    boolean wrapped = socket != plain.socket();
    ReadableByteChannel in = wrapped ? new StreamInput(socket.getInputStream()) : plain;
    WritableByteChannel out = wrapped ? new StreamOutput(socket.getOutputStream()) : plain;
    // Either the connection or, first on an abort, its channel was closed by this side.
    this.input = new GuardedInput(in, () -> closed.get() || !plain.isOpen());
    this.output = new GuardedOutput(out);
    counters.dataSocketOpened();
  }

  /**
   * Returns the channel to read an upload from.
   *
   * @return the input
   */
  public ReadableByteChannel input() {
    return input;
  }

  /**
   * Returns the channel to write a download or listing to.
   *
   * @return the output
   */
  public WritableByteChannel output() {
    return output;
  }

  /**
   * Returns the raw socket channel when nothing is layered over it, the target for
   * {@code FileChannel.transferTo}. Its exceptions are not translated.
   *
   * @return the channel, or empty when the socket is wrapped (TLS)
   */
  public Optional<SocketChannel> zeroCopyTarget() {
    return socket == plain.socket() ? Optional.of(plain) : Optional.empty();
  }

  /**
   * Ends the connection after a complete transfer. A TLS connection ends with {@link
   * ServerTls#closeGracefully}: {@code close_notify}, then the client's end, waited for at most
   * {@link #CLOSE_NOTIFY_WAIT}; clear text closes as {@link #close()} does.
   *
   * @throws IOException if closing fails
   */
  public void finish() throws IOException {
    try {
      if (socket instanceof SSLSocket tls && !closed.get()) {
        // An abort meanwhile closes the socket under the wait, which then ends at once.
        ServerTls.closeGracefully(tls, CLOSE_NOTIFY_WAIT);
      }
    } finally {
      close();
    }
  }

  /** Closes at once, after a failure or an abort: a TLS connection gets its close_notify only. */
  @Override
  public void close() throws IOException {
    if (closed.compareAndSet(false, true)) {
      counters.dataSocketClosed();
      try {
        if (socket instanceof SSLSocket tls) {
          ServerTls.closePromptly(tls);
        } else {
          if (socket == plain.socket()) {
            shutdownOutputQuietly();
          }
          socket.close();
        }
      } finally {
        plain.close();
      }
    }
  }

  /**
   * A transfer blocked in {@code FileChannel.transferTo} (sendfile) on a client that stopped
   * reading is not woken by {@code close()}, which only drops the descriptor; shutting the
   * socket's output down wakes it with an error, so ABOR and the stall watchdog take effect at
   * once. Not done under a wrapper (TLS), which must still send its own closing message.
   */
  private void shutdownOutputQuietly() {
    try {
      plain.shutdownOutput();
    } catch (IOException e) {
      // Not connected or already shut: nothing is blocked on it.
    }
  }

  /**
   * A wrapped socket's input as a channel. Not {@code Channels.newChannel}: that copies through an
   * 8 KiB array, so a TLS socket would be read a fraction of a record at a time; a heap buffer's
   * array is read into directly here.
   */
  private record StreamInput(InputStream in) implements ReadableByteChannel {
    @Override
    public int read(ByteBuffer dst) throws IOException {
      if (!dst.hasRemaining()) {
        return 0;
      }
      if (dst.hasArray()) {
        int n = in.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
        if (n > 0) {
          dst.position(dst.position() + n);
        }
        return n;
      }
      byte[] chunk = new byte[Math.min(dst.remaining(), CHUNK)];
      int n = in.read(chunk);
      if (n > 0) {
        dst.put(chunk, 0, n);
      }
      return n;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {
      // The connection closes the socket.
    }
  }

  /**
   * A wrapped socket's output as a channel, writing a heap buffer's array in one call (a TLS
   * socket then fills whole 16 KiB records) rather than in {@code Channels.newChannel}'s 8 KiB
   * steps.
   */
  private record StreamOutput(OutputStream out) implements WritableByteChannel {
    @Override
    public int write(ByteBuffer src) throws IOException {
      int length = src.remaining();
      if (src.hasArray()) {
        out.write(src.array(), src.arrayOffset() + src.position(), length);
        src.position(src.limit());
        return length;
      }
      byte[] chunk = new byte[Math.min(length, CHUNK)];
      src.get(chunk);
      out.write(chunk);
      return chunk.length;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {
      // The connection closes the socket.
    }
  }

  /**
   * An end of stream after the server closed the socket itself (an abort: ABOR, the stall
   * watchdog, shutdown) is not the client's end of file: a TLS socket closed under a blocked read
   * returns -1 rather than failing, which would commit a truncated upload with {@code 226}.
   */
  private record GuardedInput(ReadableByteChannel delegate, BooleanSupplier closedHere)
      implements ReadableByteChannel {
    @Override
    public int read(ByteBuffer dst) throws IOException {
      int read;
      try {
        read = delegate.read(dst);
      } catch (IOException e) {
        throw DataConnectionException.lost(e);
      }
      if (read < 0 && closedHere.getAsBoolean()) {
        throw DataConnectionException.lost(new SocketException("closed by the server"));
      }
      return read;
    }

    @Override
    public boolean isOpen() {
      return delegate.isOpen();
    }

    /** Leaves the socket to {@link DataConnection#finish()} and {@link DataConnection#close()}. */
    @Override
    public void close() {
      // An encoder ending (MODE Z's trailer) closes its channel; TLS must not end here too.
    }
  }

  private record GuardedOutput(WritableByteChannel delegate) implements WritableByteChannel {
    @Override
    public int write(ByteBuffer src) throws IOException {
      try {
        return delegate.write(src);
      } catch (IOException e) {
        throw DataConnectionException.lost(e);
      }
    }

    @Override
    public boolean isOpen() {
      return delegate.isOpen();
    }

    /** Leaves the socket to {@link DataConnection#finish()} and {@link DataConnection#close()}. */
    @Override
    public void close() {
      // An encoder ending (MODE Z's trailer) closes its channel; TLS must not end here too.
    }
  }
}
