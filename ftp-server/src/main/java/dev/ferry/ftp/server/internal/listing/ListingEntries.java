package dev.ferry.ftp.server.internal.listing;

import dev.ferry.ftp.protocol.listing.EntryType;
import dev.ferry.ftp.protocol.listing.ListingEntry;
import dev.ferry.ftp.protocol.listing.ListingTime;
import dev.ferry.ftp.vfs.FileAttributes;

/** Turns storage attributes into the protocol module's listing entries. */
final class ListingEntries {
  private ListingEntries() {}

  static ListingEntry of(String name, FileAttributes attributes) {
    ListingEntry.Builder entry = ListingEntry.builder(name, type(attributes))
        .size(attributes.size())
        .modified(ListingTime.exact(attributes.modified()))
        .linkCount(attributes.linkCount());
    attributes.mode().ifPresent(mode -> entry.mode(mode & 07777));
    attributes.owner().ifPresent(entry::owner);
    attributes.group().ifPresent(entry::group);
    return entry.build();
  }

  static EntryType type(FileAttributes attributes) {
    return switch (attributes.type()) {
      case FILE -> EntryType.FILE;
      case DIRECTORY -> EntryType.DIRECTORY;
      case SYMLINK -> EntryType.SYMLINK;
      case OTHER -> EntryType.OTHER;
    };
  }
}
