package dev.ferry.ftp.vfs.local.internal;

import dev.ferry.ftp.vfs.Upload;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An upload to a local file.
 *
 * <p>Atomic (whole-file writes by default): the data goes to a hidden temporary file in the target
 * directory; {@link #commit()} optionally forces it to the device and renames it over the final
 * name ({@code renameat}, atomic), or for a create-new upload hard-links it to the final name
 * ({@code link} fails if the name was taken meanwhile) and removes the temporary name. Abort and
 * failure delete the temporary file.
 *
 * <p>In place (append, write at an offset, or atomic uploads switched off): the data goes straight
 * into the file, so readers see it as it is written. That is the trade-off for resuming and
 * appending without copying the whole file. An aborted whole-file write deletes the partial file;
 * an aborted append or offset write keeps what was written.
 */
final class NioUpload implements Upload {
  private static final System.Logger LOG = System.getLogger(NioUpload.class.getName());
  private static final int OPEN = 0;
  private static final int COMMITTING = 1;
  private static final int DONE = 2;

  private final Dir dir;
  private final String name;
  private final String temp;
  private final FileChannel channel;
  private final VirtualPath path;
  private final boolean createNew;
  private final boolean deleteOnAbort;
  private final boolean fsync;
  private final AtomicInteger state = new AtomicInteger(OPEN);

  private NioUpload(Dir dir, String name, String temp, FileChannel channel, VirtualPath path,
      boolean createNew, boolean deleteOnAbort, boolean fsync) {
    this.dir = dir;
    this.name = name;
    this.temp = temp;
    this.channel = channel;
    this.path = path;
    this.createNew = createNew;
    this.deleteOnAbort = deleteOnAbort;
    this.fsync = fsync;
  }

  static NioUpload atomic(Dir dir, String name, String temp, FileChannel channel,
      VirtualPath path, boolean createNew, boolean fsync) {
    return new NioUpload(dir, name, temp, channel, path, createNew, true, fsync);
  }

  static NioUpload inPlace(Dir dir, String name, FileChannel channel, VirtualPath path,
      boolean deleteOnAbort, boolean fsync) {
    return new NioUpload(dir, name, null, channel, path, false, deleteOnAbort, fsync);
  }

  @Override
  public int write(ByteBuffer source) throws IOException {
    if (state.get() != OPEN) {
      throw new ClosedChannelException();
    }
    try {
      return channel.write(source);
    } catch (IOException e) {
      throw NioErrors.map(e, path);
    }
  }

  @Override
  public boolean isOpen() {
    return state.get() == OPEN && channel.isOpen();
  }

  @Override
  public void commit() throws IOException {
    if (!state.compareAndSet(OPEN, COMMITTING)) {
      throw new ClosedChannelException();
    }
    boolean done = false;
    try {
      if (fsync) {
        channel.force(true);
      }
      channel.close();
      if (temp != null) {
        publish();
      }
      done = true;
    } catch (IOException e) {
      throw NioErrors.map(e, path);
    } finally {
      if (!done) {
        discard();
      }
      state.set(DONE);
      Walker.closeQuietly(dir);
    }
  }

  private void publish() throws IOException {
    if (!createNew) {
      dir.move(temp, dir, name);
      return;
    }
    try {
      Files.createLink(dir.path().resolve(name), dir.path().resolve(temp));
    } catch (UnsupportedOperationException | FileSystemException e) {
      if (e instanceof FileSystemException f && !isLinkUnsupported(f)) {
        throw f;
      }
      // No hard links here (FAT, some network shares): check, then rename. Not atomic.
      if (Walker.statOrNull(dir, name) != null) {
        throw new VfsException(VfsException.Kind.ALREADY_EXISTS, path);
      }
      dir.move(temp, dir, name);
      return;
    }
    delete(temp);
  }

  private static boolean isLinkUnsupported(FileSystemException e) {
    String reason = String.valueOf(e.getReason()).toLowerCase(Locale.ROOT);
    return reason.contains("not permitted") || reason.contains("not supported");
  }

  @Override
  public void abort() {
    if (state.compareAndSet(OPEN, DONE)) {
      discard();
      Walker.closeQuietly(dir);
    }
  }

  @Override
  public void close() {
    abort();
  }

  private void discard() {
    Walker.closeQuietly(channel);
    if (temp != null) {
      delete(temp);
    } else if (deleteOnAbort) {
      delete(name);
    }
  }

  private void delete(String file) {
    try {
      dir.deleteFile(file);
    } catch (NoSuchFileException ignored) {
      // Already gone.
    } catch (IOException e) {
      LOG.log(Level.WARNING, "could not delete the temporary upload file of " + path, e);
    }
  }
}
