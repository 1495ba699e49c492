package dev.ferry.ftp.vfs;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;

/**
 * The channel an upload writes to, which becomes visible only when {@link #commit() committed}.
 *
 * <p>This is what makes uploads safe on every backend: a local backend writes to a hidden
 * temporary file and renames it over the final name, an object store completes a multipart
 * upload. Until {@code commit()} returns, readers see the old content (or nothing); after it, the
 * whole new content. If the upload is {@link #abort() aborted}, or closed without a commit, or
 * fails, nothing new is visible under the final name and no temporary data is left behind.
 *
 * <p>Backends that write in place ({@link WriteMode#append()} and {@link WriteMode#at(long)} on a
 * local disk) cannot hide partial writes; their uploads document that. Use it like this:
 *
 * <pre>{@code
 * try (Upload upload = fs.openWrite(path, WriteMode.replace())) {
 *   copy(source, upload);
 *   upload.commit();
 * } // closing without a commit aborts
 * }</pre>
 *
 * <p>Writes come from one thread at a time; {@link #abort()} may be called from any thread (for
 * example when a client aborts a transfer), and a write blocked in another thread then fails.
 */
public interface Upload extends WritableByteChannel {
  /**
   * Makes everything written so far visible under the final name and closes the channel.
   *
   * @throws VfsException with {@link VfsException.Kind#ALREADY_EXISTS} if the mode was {@link
   *     WriteMode#createNew()} and the name was taken meanwhile, or another kind
   * @throws IOException if the data cannot be made durable or visible; the upload is then aborted
   */
  void commit() throws IOException;

  /**
   * Discards the upload and closes the channel. Does nothing after a commit or a previous abort,
   * and never throws: failures to clean up are the backend's to log.
   */
  void abort();

  /**
   * Closes the channel: after {@link #commit()} this does nothing, otherwise it aborts.
   *
   * @throws IOException never for an abort; subclasses may report failures to release resources
   */
  @Override
  void close() throws IOException;
}
