package dev.ferry.ftp.protocol.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Objects;

/** An input stream of the transformed bytes of another. */
final class TransformInputStream extends InputStream {
  private final InputStream source;
  private final ByteTransform transform;
  private final ByteBuffer input;
  private final byte[] single = new byte[1];
  private boolean sourceEnded;
  private boolean closed;

  TransformInputStream(InputStream source, ByteTransform transform, int bufferSize) {
    this.source = source;
    this.transform = transform;
    this.input = ByteBuffer.allocate(bufferSize).flip();
  }

  @Override
  public int read() throws IOException {
    return read(single, 0, 1) < 0 ? -1 : single[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (closed) {
      throw new IOException("stream is closed");
    }
    if (len == 0) {
      return 0;
    }
    ByteBuffer out = ByteBuffer.wrap(b, off, len);
    while (true) {
      transform.transform(input, out, sourceEnded);
      if (out.position() > off) {
        return out.position() - off;
      }
      if (transform.isFinished()) {
        if (input.hasRemaining()) {
          throw new TransferEncodingException("data after the end of the encoded stream");
        }
        return -1;
      }
      if (sourceEnded) {
        throw new IllegalStateException(transform + " did not finish at the end of its input");
      }
      input.compact();
      int n = source.read(input.array(), input.position(), input.remaining());
      if (n < 0) {
        sourceEnded = true;
      } else {
        input.position(input.position() + n);
      }
      input.flip();
    }
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      try {
        source.close();
      } finally {
        transform.close();
      }
    }
  }
}
