package dev.ferry.ftp.client.nio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;

/** A write-only channel over an upload: sequential, as FTP uploads are. */
final class WriteChannel implements SeekableByteChannel {
  private final WritableByteChannel out;
  private long position;

  WriteChannel(WritableByteChannel out) {
    this.out = out;
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    int n = out.write(src);
    position += n;
    return n;
  }

  @Override
  public int read(ByteBuffer dst) {
    throw new NonReadableChannelException();
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public SeekableByteChannel position(long newPosition) {
    if (newPosition != position) {
      throw new UnsupportedOperationException("an FTP upload is written in order");
    }
    return this;
  }

  @Override
  public long size() {
    return position;
  }

  @Override
  public SeekableByteChannel truncate(long size) {
    throw new UnsupportedOperationException("an FTP upload cannot be truncated");
  }

  @Override
  public boolean isOpen() {
    return out.isOpen();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
