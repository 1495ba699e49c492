package dev.ferry.ftp.client.nio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A read-only channel over a download. Moving the position closes the current download and starts
 * another at the new offset (REST), so sequential reads cost one transfer and each jump one more.
 */
final class ReadChannel implements SeekableByteChannel {
  /** Opens a download at an offset. */
  interface Opener {
    InputStream open(long offset) throws IOException;
  }

  private final Opener opener;
  private final long size;
  private InputStream in;
  private long position;
  private boolean open = true;

  ReadChannel(Opener opener, long size) throws IOException {
    this.opener = opener;
    this.size = size;
    this.in = opener.open(0);
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    check();
    if (in == null) {
      if (position >= size) {
        return -1;
      }
      in = opener.open(position);
    }
    byte[] buffer = new byte[Math.min(dst.remaining(), 64 * 1024)];
    int n = in.read(buffer);
    if (n > 0) {
      dst.put(buffer, 0, n);
      position += n;
    }
    return n;
  }

  @Override
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public long position() throws IOException {
    check();
    return position;
  }

  @Override
  public SeekableByteChannel position(long newPosition) throws IOException {
    check();
    if (newPosition < 0) {
      throw new IllegalArgumentException("negative position: " + newPosition);
    }
    if (newPosition != position) {
      if (in != null) {
        in.close();
        in = null;
      }
      position = newPosition;
    }
    return this;
  }

  @Override
  public long size() throws IOException {
    check();
    return size;
  }

  @Override
  public SeekableByteChannel truncate(long size) {
    throw new NonWritableChannelException();
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() throws IOException {
    if (open) {
      open = false;
      if (in != null) {
        in.close();
      }
    }
  }

  private void check() throws ClosedChannelException {
    if (!open) {
      throw new ClosedChannelException();
    }
  }
}
