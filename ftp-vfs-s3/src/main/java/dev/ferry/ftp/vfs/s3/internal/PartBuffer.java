package dev.ferry.ftp.vfs.s3.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import software.amazon.awssdk.http.ContentStreamProvider;

/**
 * The bytes of one part, held in 1 MiB chunks allocated as data arrives: a small file costs one
 * chunk, not a whole part, and a part can be larger than a Java array.
 */
final class PartBuffer {
  static final int CHUNK = 1 << 20;

  private final long capacity;
  private final List<byte[]> chunks = new ArrayList<>();
  private long size;

  PartBuffer(long capacity) {
    this.capacity = capacity;
  }

  /** Copies as much of {@code src} as fits. */
  void write(ByteBuffer src) {
    while (src.hasRemaining() && size < capacity) {
      int offset = (int) (size % CHUNK);
      if (offset == 0) {
        chunks.add(new byte[(int) Math.min(CHUNK, capacity - size)]);
      }
      byte[] chunk = chunks.get(chunks.size() - 1);
      int n = Math.min(src.remaining(), chunk.length - offset);
      src.get(chunk, offset, n);
      size += n;
    }
  }

  /** Appends up to {@code count} zero bytes, as many as fit; returns how many. */
  long writeZeros(long count) {
    long n = Math.min(count, capacity - size);
    ByteBuffer zeros = ByteBuffer.allocate((int) Math.min(n, CHUNK));
    long left = n;
    while (left > 0) {
      zeros.clear().limit((int) Math.min(zeros.capacity(), left));
      left -= zeros.remaining();
      write(zeros);
    }
    return n;
  }

  boolean isFull() {
    return size == capacity;
  }

  long size() {
    return size;
  }

  long capacity() {
    return capacity;
  }

  /** Returns the content as a request body that can be read again for a retry. */
  ContentStreamProvider content() {
    return () -> {
      List<InputStream> streams = new ArrayList<>(chunks.size());
      long left = size;
      for (byte[] chunk : chunks) {
        int n = (int) Math.min(chunk.length, left);
        streams.add(new ByteArrayInputStream(chunk, 0, n));
        left -= n;
      }
      return new SequenceInputStream(Collections.enumeration(streams));
    };
  }
}
