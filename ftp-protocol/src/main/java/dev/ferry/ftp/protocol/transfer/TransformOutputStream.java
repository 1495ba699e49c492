package dev.ferry.ftp.protocol.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Objects;

/** An output stream that transforms what is written to it into another. */
final class TransformOutputStream extends OutputStream {
  private final OutputStream sink;
  private final ByteTransform transform;
  private final ByteBuffer output;
  private final byte[] single = new byte[1];
  private boolean closed;

  TransformOutputStream(OutputStream sink, ByteTransform transform, int bufferSize) {
    this.sink = sink;
    this.transform = transform;
    this.output = ByteBuffer.allocate(bufferSize);
  }

  @Override
  public void write(int b) throws IOException {
    single[0] = (byte) b;
    write(single, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    ensureOpen();
    push(ByteBuffer.wrap(b, off, len), false);
  }

  private void push(ByteBuffer in, boolean endOfInput) throws IOException {
    while (transform.transform(in, output, endOfInput) == ByteTransform.Result.OVERFLOW) {
      drain();
    }
    if (in.hasRemaining()) {
      throw new TransferEncodingException("data after the end of the encoded stream");
    }
  }

  private void drain() throws IOException {
    if (output.position() > 0) {
      sink.write(output.array(), 0, output.position());
      output.clear();
    }
  }

  @Override
  public void flush() throws IOException {
    ensureOpen();
    drain();
    sink.flush();
  }

  private void ensureOpen() throws IOException {
    if (closed) {
      throw new IOException("stream is closed");
    }
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      push(ByteBuffer.allocate(0), true);
      drain();
    } finally {
      try {
        sink.close();
      } finally {
        transform.close();
      }
    }
  }
}
