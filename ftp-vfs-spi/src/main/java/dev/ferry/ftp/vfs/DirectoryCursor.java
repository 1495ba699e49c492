package dev.ferry.ftp.vfs;

import java.io.Closeable;
import java.io.IOException;

/**
 * A directory listing read lazily, one entry at a time, so a directory of a million entries never
 * sits in memory and an object store can fetch page after page.
 *
 * <p>Entries come in no particular order and never include {@code .} or {@code ..}. An entry
 * created or removed while the cursor is open may or may not be seen. An I/O failure in the middle
 * of the listing is thrown from {@link #next()}, never swallowed.
 *
 * <p>A cursor is used by one thread at a time. Always close it (try-with-resources): it may hold a
 * directory handle or a network connection.
 */
public interface DirectoryCursor extends Closeable {
  /**
   * Returns the next entry, fetching more from the backend when needed.
   *
   * @return the next entry, or {@code null} when the listing is complete
   * @throws IOException if reading the listing fails; the cursor should then be closed
   */
  DirectoryEntry next() throws IOException;

  /**
   * Releases the resources behind the cursor. Closing twice has no effect; {@link #next()} after
   * {@code close()} fails with an {@link IOException}.
   *
   * @throws IOException if releasing fails
   */
  @Override
  void close() throws IOException;
}
