package dev.ferry.ftp.server.internal.listing;

import dev.ferry.ftp.protocol.listing.ListingFormatter;
import dev.ferry.ftp.vfs.DirectoryCursor;
import dev.ferry.ftp.vfs.DirectoryEntry;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.util.List;

/**
 * A listing as reply lines, for STAT with a path (RFC 959 §4.1.3), which answers over the control
 * connection. A reply is held in memory, so the lines are capped; the data connection (LIST) has
 * no cap.
 */
public final class ListingLines {
  /** The most entries a STAT reply lists. */
  static final int MAX_LINES = 10_000;

  private ListingLines() {}

  /**
   * Appends the {@code ls -l} lines of a directory's entries, or of one file.
   *
   * @param fs the file system
   * @param path the path
   * @param attributes the path's attributes
   * @param formatter the formatter
   * @param out where to add the lines
   * @throws IOException if listing fails
   */
  public static void collect(VirtualFileSystem fs, VirtualPath path, FileAttributes attributes,
      ListingFormatter formatter, List<String> out) throws IOException {
    if (!attributes.isDirectory()) {
      out.add(ListingFormat.LONG.append(new StringBuilder(), formatter, path.name(), attributes)
          .toString());
      return;
    }
    try (DirectoryCursor cursor = fs.list(path)) {
      int count = 0;
      for (DirectoryEntry entry = cursor.next(); entry != null; entry = cursor.next()) {
        if (count++ == MAX_LINES) {
          out.add("(listing truncated after " + MAX_LINES + " entries; use LIST)");
          return;
        }
        out.add(ListingFormat.LONG.append(new StringBuilder(), formatter, entry).toString());
      }
    }
  }
}
