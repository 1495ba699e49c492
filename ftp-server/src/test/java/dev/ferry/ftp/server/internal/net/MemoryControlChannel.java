package dev.ferry.ftp.server.internal.net;

import dev.ferry.ftp.server.internal.control.ControlChannel;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A control connection in memory: the test puts bytes in, the session's replies come out whole
 * (one write per reply). Silence longer than the idle timeout throws
 * {@link SocketTimeoutException}, as a socket's read timeout does.
 */
final class MemoryControlChannel implements ControlChannel {
  private static final byte[] END = new byte[0];

  private final BlockingQueue<byte[]> incoming = new LinkedBlockingQueue<>();
  private final BlockingQueue<byte[]> outgoing = new LinkedBlockingQueue<>();
  private final Duration idle;
  private final InetSocketAddress remote;
  private final InetSocketAddress local;
  private byte[] pending;
  private int offset;
  private volatile boolean closed;

  MemoryControlChannel(Duration idle, InetSocketAddress remote, InetSocketAddress local) {
    this.idle = idle;
    this.remote = remote;
    this.local = local;
  }

  void send(byte[] bytes) {
    incoming.add(bytes.clone());
  }

  /** Ends the input, as a client closing its side does. */
  void endInput() {
    incoming.add(END);
  }

  byte[] nextWrite(Duration timeout) throws InterruptedException {
    return outgoing.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  boolean isClosed() {
    return closed;
  }

  @Override
  public InetSocketAddress remoteAddress() {
    return remote;
  }

  @Override
  public InetSocketAddress localAddress() {
    return local;
  }

  @Override
  public int read(byte[] buffer) throws IOException {
    if (pending == null || offset == pending.length) {
      try {
        pending = incoming.poll(idle.toNanos(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      offset = 0;
      if (pending == null) {
        throw new SocketTimeoutException("idle");
      }
    }
    if (closed || pending == END) {
      return -1;
    }
    int count = Math.min(buffer.length, pending.length - offset);
    System.arraycopy(pending, offset, buffer, 0, count);
    offset += count;
    return count;
  }

  @Override
  public void write(byte[] bytes) throws IOException {
    if (closed) {
      throw new IOException("closed");
    }
    outgoing.add(bytes.clone());
  }

  @Override
  public void close() {
    closed = true;
    incoming.add(END);
  }
}
