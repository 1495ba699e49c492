package dev.ferry.ftp.protocol.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * An input stream of the transformed bytes of another: a {@link TransformReadableChannel} whose
 * source is the stream.
 */
final class TransformInputStream extends InputStream {
  private final TransformReadableChannel channel;
  private final byte[] single = new byte[1];

  TransformInputStream(InputStream source, ByteTransform transform, int bufferSize) {
    this.channel = new TransformReadableChannel(source, transform, bufferSize);
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
}
