package dev.ferry.ftp.testkit.vfs;

import dev.ferry.ftp.vfs.DirectoryCursor;
import dev.ferry.ftp.vfs.DirectoryEntry;
import dev.ferry.ftp.vfs.ForwardingFileSystem;
import dev.ferry.ftp.vfs.Upload;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import dev.ferry.ftp.vfs.WriteMode;
import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A decorator that remembers every channel, cursor and upload it hands out, so a test can fail
 * when one is left open (like Okio's {@code FakeFileSystem.checkNoOpenFiles()}).
 *
 * <p>Read channels are returned as the backend made them (a {@code FileChannel} stays one, so
 * zero-copy paths are still exercised) and checked with {@link Channel#isOpen()}; cursors and
 * uploads are wrapped. Thread-safe. Closing it does not close the backend.
 */
public final class TrackingFileSystem extends ForwardingFileSystem {
  private static final int PRUNE_EVERY = 1024;

  private final ConcurrentLinkedQueue<Handle> handles = new ConcurrentLinkedQueue<>();
  private final AtomicInteger added = new AtomicInteger();

  /**
   * Tracks the handles of {@code delegate}.
   *
   * @param delegate the file system under test
   */
  public TrackingFileSystem(VirtualFileSystem delegate) {
    super(delegate);
  }

  @Override
  public DirectoryCursor list(VirtualPath directory) throws IOException {
    TrackedCursor cursor = new TrackedCursor(delegate().list(directory));
    track(new Handle("cursor of " + directory, cursor::isOpen, cursor, new Throwable()));
    return cursor;
  }

  @Override
  public ReadableByteChannel openRead(VirtualPath file, long offset) throws IOException {
    ReadableByteChannel channel = delegate().openRead(file, offset);
    track(new Handle("read channel of " + file, channel::isOpen, channel, new Throwable()));
    return channel;
  }

  @Override
  public Upload openWrite(VirtualPath file, WriteMode mode) throws IOException {
    Upload upload = delegate().openWrite(file, mode);
    track(new Handle("upload to " + file, upload::isOpen, upload, new Throwable()));
    return upload;
  }

  /** Remembers a handle; now and then forgets the closed ones, so long tests stay small. */
  private void track(Handle handle) {
    handles.add(handle);
    if (added.incrementAndGet() % PRUNE_EVERY == 0) {
      handles.removeIf(h -> !h.isOpen.getAsBoolean());
    }
  }

  /**
   * Fails if any handle handed out is still open, closing them all first so one leak does not
   * spoil the next test. The failure's causes show where each leaked handle was opened.
   *
   * @throws AssertionError naming every open handle
   */
  public void checkNoOpenHandles() {
    List<Handle> open = new ArrayList<>();
    for (Handle h : handles) {
      if (h.isOpen.getAsBoolean()) {
        open.add(h);
      }
    }
    handles.clear();
    if (open.isEmpty()) {
      return;
    }
    AssertionError error = new AssertionError(open.size() + " handle(s) left open: "
        + open.stream().map(Handle::what).toList());
    for (Handle h : open) {
      try {
        h.resource.close();
      } catch (Exception e) {
        error.addSuppressed(e);
      }
      error.addSuppressed(new Throwable("opened here: " + h.what, h.openedAt));
    }
    throw error;
  }

  /** Does not close the backend, which belongs to the test. */
  @Override
  public void close() {}

  private record Handle(String what, BooleanSupplier isOpen,
      AutoCloseable resource, Throwable openedAt) {}

  private static final class TrackedCursor implements DirectoryCursor {
    private final DirectoryCursor delegate;
    private volatile boolean open = true;

    TrackedCursor(DirectoryCursor delegate) {
      this.delegate = delegate;
    }

    @Override
    public DirectoryEntry next() throws IOException {
      return delegate.next();
    }

    boolean isOpen() {
      return open;
    }

    @Override
    public void close() throws IOException {
      open = false;
      delegate.close();
    }
  }
}
