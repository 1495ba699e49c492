package dev.ferry.ftp.protocol.transfer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.WritableByteChannel;

/**
 * A channel that transforms what is written to it into another. Output the sink does not take yet
 * waits in a buffer; a write consumes input only while that buffer can be emptied, so a
 * non-blocking sink pushes back on the writer.
 */
final class TransformWritableChannel implements WritableByteChannel {
  private final WritableByteChannel sink;
  private final ByteTransform transform;
  private final ByteBuffer output;
  private boolean closed;

  TransformWritableChannel(WritableByteChannel sink, ByteTransform transform, int bufferSize) {
    this.sink = sink;
    this.transform = transform;
    this.output = ByteBuffer.allocate(bufferSize);
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    if (closed) {
      throw new ClosedChannelException();
    }
    int start = src.position();
    while (drain() && src.hasRemaining()) {
      if (transform.transform(src, output, false) == ByteTransform.Result.UNDERFLOW
          && src.hasRemaining()) {
        throw new TransferEncodingException("data after the end of the encoded stream");
      }
    }
    return src.position() - start;
  }

  /** Writes buffered output to the sink; returns whether the buffer is now empty. */
  private boolean drain() throws IOException {
    output.flip();
    try {
      while (output.hasRemaining()) {
        if (sink.write(output) == 0) {
          return false;
        }
      }
      return true;
    } finally {
      output.compact();
    }
  }

  @Override
  public boolean isOpen() {
    return !closed;
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      ByteBuffer nothing = ByteBuffer.allocate(0);
      boolean done;
      do {
        done = transform.transform(nothing, output, true) == ByteTransform.Result.UNDERFLOW;
        if (!drain()) {
          throw new IOException("the sink accepted no bytes; close needs a blocking channel");
        }
      } while (!done);
    } finally {
      try {
        sink.close();
      } finally {
        transform.close();
      }
    }
  }
}
