package dev.ferry.ftp.client;

import dev.ferry.ftp.protocol.listing.EntryType;
import dev.ferry.ftp.protocol.listing.ListingEntry;
import dev.ferry.ftp.protocol.listing.ListingTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A file, directory or link on the server, as a listing or a status request described it.
 *
 * <p>The {@linkplain #details() details} are what the server said, and no more: MLSD and MLST
 * (RFC 3659 §7) state exact UTC times and the user's permissions; a LIST line states owner and
 * mode, and a time to the minute or the day with a guessed year ({@link ListingTime} says which).
 *
 * @param path the path of the entry: the listed directory joined with the entry's name
 * @param details what the listing said about it
 */
public record RemoteFile(String path, ListingEntry details) {
  /**
   * Checks the values.
   *
   * @throws NullPointerException if either is null
   */
  public RemoteFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(details, "details");
  }

  /**
   * Returns the entry's name: the last part of its path.
   *
   * @return the name
   */
  public String name() {
    String name = RemotePaths.name(path);
    return name.isEmpty() ? path : name;
  }

  /**
   * Returns what the entry is.
   *
   * @return the type
   */
  public EntryType type() {
    return details.type();
  }

  /**
   * Tells whether the entry is a directory.
   *
   * @return {@code true} for a directory
   */
  public boolean isDirectory() {
    return details.type().isDirectory();
  }

  /**
   * Tells whether the entry is a regular file.
   *
   * @return {@code true} for a file
   */
  public boolean isFile() {
    return details.type() == EntryType.FILE;
  }

  /**
   * Tells whether the entry is a symbolic link.
   *
   * @return {@code true} for a link
   */
  public boolean isSymbolicLink() {
    return details.type() == EntryType.SYMLINK;
  }

  /**
   * Returns the size in bytes, if the server stated it.
   *
   * @return the size, or empty
   */
  public OptionalLong size() {
    return details.size();
  }

  /**
   * Returns the last modification time and its precision, if the server stated it.
   *
   * @return the time, or empty
   */
  public Optional<ListingTime> modified() {
    return details.modified();
  }
}
