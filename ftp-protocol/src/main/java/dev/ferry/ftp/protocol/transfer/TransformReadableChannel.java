package dev.ferry.ftp.protocol.transfer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;

/**
 * A channel of the transformed bytes of a channel or a stream; passes a non-blocking source's 0 on.
 */
final class TransformReadableChannel implements ReadableByteChannel {
  /** Reads input as {@link ReadableByteChannel#read} does, into a heap buffer. */
  private interface Source {
    int read(ByteBuffer into) throws IOException;
  }

  private final Source source;
  private final Closeable sourceCloser;
  private final ByteTransform transform;
  private final ByteBuffer input;
  private boolean sourceEnded;
  private boolean closed;

  TransformReadableChannel(ReadableByteChannel source, ByteTransform transform, int bufferSize) {
    this(source::read, source, transform, bufferSize);
  }

  TransformReadableChannel(InputStream source, ByteTransform transform, int bufferSize) {
    this(into -> readStream(source, into), source, transform, bufferSize);
  }

  private TransformReadableChannel(
      Source source, Closeable sourceCloser, ByteTransform transform, int bufferSize) {
    this.source = source;
    this.sourceCloser = sourceCloser;
    this.transform = transform;
    this.input = ByteBuffer.allocate(bufferSize).flip();
  }

  private static int readStream(InputStream stream, ByteBuffer into) throws IOException {
    int n = stream.read(into.array(), into.arrayOffset() + into.position(), into.remaining());
    if (n > 0) {
      into.position(into.position() + n);
    }
    return n;
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
        sourceCloser.close();
      } finally {
        transform.close();
      }
    }
  }
}
