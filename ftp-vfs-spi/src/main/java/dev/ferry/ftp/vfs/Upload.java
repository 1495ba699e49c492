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
 * fails, nothing new is ever visible under the final name, and nothing appears in listings.
 *
 * <p><b>Abort versus close.</b> {@code abort()} discards the upload: no temporary data is left
 * behind. A {@link #close() close} without a commit means the writer stopped without deciding
 * (a broken connection, say). A backend may then keep what it received, outside the file tree
 * and invisible, so that a later {@link WriteMode#at(long)} write of the same file at exactly
 * that size continues it; it must document how much it keeps and remove what is never continued
 * by itself (the {@code s3} backend keeps the parts of its multipart upload until a sweep aborts
 * them). A backend that keeps nothing treats a close like an abort. Callers that want nothing
 * kept call {@code abort()}. Ferry's server relies on commit and abort only: it commits when the
 * data connection ends normally (end of file, in stream mode the end of the upload) and aborts on
 * every other outcome (ABOR, a stalled, broken or reset connection, a storage error), so an
 * interrupted STOR keeps either a shorter committed file, which {@code SIZE} and REST + STOR can
 * continue, or nothing.
 *
 * <p>Backends that write in place ({@link WriteMode#append()} and {@link WriteMode#at(long)} on a
 * local disk) cannot hide partial writes; their uploads document that. Use it like this:
 *
 * <pre>{@code
 * try (Upload upload = fs.openWrite(path, WriteMode.replace())) {
 *   copy(source, upload);
 *   upload.commit();
 * } // closed without a commit: nothing becomes visible
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
   * Closes the channel: after {@link #commit()} or {@link #abort()} this does nothing; otherwise
   * it ends the upload without making anything visible, like {@code abort()}, except that the
   * backend may keep the data received for a later continuation (see the class description).
   *
   * @throws IOException never for an abort; subclasses may report failures to release resources
   */
  @Override
  void close() throws IOException;
}
