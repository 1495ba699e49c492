package dev.ferry.ftp.protocol.transfer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;

/** A channel of the transformed bytes of another; passes a non-blocking source's 0 on. */
final class TransformReadableChannel implements ReadableByteChannel {
  private final ReadableByteChannel source;
  private final ByteTransform transform;
  private final ByteBuffer input;
  private boolean sourceEnded;
  private boolean closed;

  TransformReadableChannel(ReadableByteChannel source, ByteTransform transform, int bufferSize) {
    this.source = source;
    this.transform = transform;
    this.input = ByteBuffer.allocate(bufferSize).flip();
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (closed) {
      throw new ClosedChannelException();
    }
    int start = dst.position();
    if (!dst.hasRemaining()) {
      return 0;
    }
    while (true) {
      transform.transform(input, dst, sourceEnded);
      if (dst.position() > start) {
        return dst.position() - start;
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
      int n = source.read(input);
      input.flip();
      if (n < 0) {
        sourceEnded = true;
      } else if (n == 0) {
        return 0;
      }
    }
  }

  @Override
  public boolean isOpen() {
    return !closed;
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
