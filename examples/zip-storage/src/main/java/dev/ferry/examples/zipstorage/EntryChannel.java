package dev.ferry.examples.zipstorage;

import dev.ferry.ftp.vfs.VirtualPath;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads one entry's content as a channel, holding the archive to what its central directory
 * declares.
 *
 * <p>The declared size is a claim, not a fact: a zip bomb may declare a few bytes and inflate to
 * gigabytes, or declare gigabytes and hold nothing. So nothing is ever allocated from it (reads
 * go through the caller's buffer or one chunk of {@value #CHUNK} bytes), exactly the declared
 * number of bytes is delivered, as {@code stat} promised, and an entry whose data turns out
 * longer or shorter fails with a {@link ZipException} instead of serving something else. When
 * every byte passed through here, the CRC-32 is checked as well.
 */
final class EntryChannel implements ReadableByteChannel {
  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final VirtualPath file;
  private final long size;
  private final long declaredCrc;
  private CRC32 crc = new CRC32();
  private long remaining;
  private byte[] chunk;
  private boolean open = true;
  private boolean verified;

  private EntryChannel(InputStream in, ZipEntry entry, VirtualPath file) {
    this.in = in;
    this.file = file;
    this.size = entry.getSize();
    this.declaredCrc = entry.getCrc();
    this.remaining = size;
  }

  /** Opens the entry and skips to {@code offset}; an offset past the end gives an empty channel. */
  static EntryChannel open(ZipFile zip, ZipEntry entry, VirtualPath file, long offset)
      throws IOException {
    EntryChannel channel = new EntryChannel(zip.getInputStream(entry), entry, file);
    try {
      channel.skip(Math.min(offset, channel.size), entry.getMethod() == ZipEntry.STORED);
      return channel;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (!open) {
      throw new ClosedChannelException();
    }
    if (remaining == 0) {
      verifyEnd();
      return -1;
    }
    int wanted = (int) Math.min(dst.remaining(), Math.min(remaining, CHUNK));
    if (wanted == 0) {
      return 0;
    }
    int n;
    if (dst.hasArray()) {
      n = fill(dst.array(), dst.arrayOffset() + dst.position(), wanted);
      dst.position(dst.position() + n);
    } else {
      n = fill(chunk(), 0, wanted);
      dst.put(chunk, 0, n);
    }
    return n;
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() throws IOException {
    if (open) {
      open = false;
      in.close();
    }
  }

  /**
   * Skips {@code bytes}. A stored entry's stream moves its position without reading, so those
   * bytes go unseen and its CRC cannot be checked; a compressed entry has to be inflated from
   * its start anyway, so skipping it reads through the CRC.
   */
  private void skip(long bytes, boolean stored) throws IOException {
    if (stored && bytes > 0) {
      crc = null;
      try {
        in.skipNBytes(bytes);
      } catch (EOFException e) {
        throw corrupt("is shorter than its declared size of " + size + " bytes", e);
      }
      remaining -= bytes;
      return;
    }
    for (long left = bytes; left > 0; ) {
      left -= fill(chunk(), 0, (int) Math.min(left, CHUNK));
    }
  }

  private int fill(byte[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (n < 0) {
      throw corrupt("is shorter than its declared size of " + size + " bytes", null);
    }
    if (crc != null) {
      crc.update(buffer, offset, n);
    }
    remaining -= n;
    return n;
  }

  private void verifyEnd() throws IOException {
    if (verified) {
      return;
    }
    if (in.read() >= 0) {
      throw corrupt("is longer than its declared size of " + size + " bytes", null);
    }
    if (crc != null && crc.getValue() != declaredCrc) {
      throw corrupt("fails its CRC-32 check", null);
    }
    verified = true;
  }

  private byte[] chunk() {
    if (chunk == null) {
      chunk = new byte[CHUNK];
    }
    return chunk;
  }

  private ZipException corrupt(String problem, Throwable cause) {
    // Name the virtual path only: the archive's location on the host is not the client's business.
    ZipException e = new ZipException(file + ": archive entry " + problem);
    e.initCause(cause);
    return e;
  }
}
