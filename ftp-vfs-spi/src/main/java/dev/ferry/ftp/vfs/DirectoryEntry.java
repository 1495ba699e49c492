package dev.ferry.ftp.vfs;

import java.util.Objects;

/**
 * One entry of a directory listing: its name in the directory and its attributes.
 *
 * @param name the entry's name, a single name (no separators, never {@code .} or {@code ..})
 * @param attributes the entry's attributes as of the listing
 */
public record DirectoryEntry(String name, FileAttributes attributes) {
  /**
   * Checks the components.
   *
   * @param name the entry's name
   * @param attributes the entry's attributes
   */
  public DirectoryEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(attributes, "attributes");
  }
}
