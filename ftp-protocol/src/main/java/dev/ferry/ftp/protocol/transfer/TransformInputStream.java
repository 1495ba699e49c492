package dev.ferry.ftp.protocol.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.Objects;

/**
 * An input stream of the transformed bytes of another: a {@link TransformReadableChannel} whose
 * source is the stream.
 */
final class TransformInputStream extends InputStream {
  private final TransformReadableChannel channel;
  private final byte[] single = new byte[1];

  TransformInputStream(InputStream source, ByteTransform transform, int bufferSize) {
    this.channel = new TransformReadableChannel(new StreamChannel(source), transform, bufferSize);
  }

  @Override
  public int read() throws IOException {
    return read(single, 0, 1) < 0 ? -1 : single[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (!channel.isOpen()) {
      throw new IOException("stream is closed");
    }
    if (len == 0) {
      return 0;
    }
    ByteBuffer out = ByteBuffer.wrap(b, off, len);
    int n;
    do {
      n = channel.read(out); // 0 only when the source read 0 bytes: a stream blocks, so try again
    } while (n == 0);
    return n;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /**
   * A blocking stream as a channel, with none of the interruptible machinery of {@link
   * java.nio.channels.Channels#newChannel(InputStream)}. Reads into heap buffers only.
   */
  private static final class StreamChannel implements ReadableByteChannel {
    private final InputStream source;
    private boolean open = true;

    StreamChannel(InputStream source) {
      this.source = source;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      int n = source.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
      if (n > 0) {
        dst.position(dst.position() + n);
      }
      return n;
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public void close() throws IOException {
      open = false;
      source.close();
    }
  }
}
