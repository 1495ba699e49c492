package dev.ferry.ftp.server.internal.listing;

import dev.ferry.ftp.protocol.listing.ListingFormatter;
import dev.ferry.ftp.vfs.DirectoryEntry;
import dev.ferry.ftp.vfs.FileAttributes;
import java.time.Clock;

/**
 * The two line formats of the listing commands (RFC 959 §4.1.3): LIST's Unix {@code ls -l} lines,
 * which every client parses, and NLST's bare names.
 */
public enum ListingFormat {
  /** {@code ls -l} lines. */
  LONG,
  /** Names only. */
  NAMES;

  /**
   * Appends an entry's line, without its end.
   *
   * @param out where to append
   * @param formatter the formatter
   * @param name the entry's name
   * @param attributes its attributes
   * @return {@code out}
   */
  StringBuilder append(StringBuilder out, ListingFormatter formatter, String name,
      FileAttributes attributes) {
    return switch (this) {
      case LONG -> formatter.appendList(out, ListingEntries.of(name, attributes));
      case NAMES -> formatter.appendNlst(out, ListingEntries.of(name, attributes));
    };
  }

  /**
   * Appends a directory entry's line, without its end.
   *
   * @param out where to append
   * @param formatter the formatter
   * @param entry the entry
   * @return {@code out}
   */
  StringBuilder append(StringBuilder out, ListingFormatter formatter, DirectoryEntry entry) {
    return append(out, formatter, entry.name(), entry.attributes());
  }

  /**
   * Returns a formatter that dates entries by the server's clock.
   *
   * @param clock the clock
   * @return the formatter
   */
  public static ListingFormatter formatter(Clock clock) {
    return ListingFormatter.builder().clock(clock).build();
  }
}
