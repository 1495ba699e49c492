package dev.ferry.ftp.client.nio;

import dev.ferry.ftp.client.RemoteFile;
import dev.ferry.ftp.protocol.listing.EntryType;
import dev.ferry.ftp.protocol.listing.ListingTime;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The basic attributes of a {@link RemoteFile}. FTP knows no access time, and states creation
 * time only in MLSx {@code create} facts; where a time is unknown the modification time stands in,
 * and where that is unknown too, the epoch.
 */
record FtpFileAttributes(RemoteFile file) implements BasicFileAttributes {
  @Override
  public FileTime lastModifiedTime() {
    return FileTime.from(file.modified().map(ListingTime::instant).orElse(Instant.EPOCH));
  }

  @Override
  public FileTime lastAccessTime() {
    return lastModifiedTime();
  }

  @Override
  public FileTime creationTime() {
    return file.details().created().map(t -> FileTime.from(t.instant())).orElse(lastModifiedTime());
  }

  @Override
  public boolean isRegularFile() {
    return file.isFile();
  }

  @Override
  public boolean isDirectory() {
    return file.isDirectory();
  }

  @Override
  public boolean isSymbolicLink() {
    return file.isSymbolicLink();
  }

  @Override
  public boolean isOther() {
    EntryType type = file.type();
    return !type.isDirectory() && type != EntryType.FILE && type != EntryType.SYMLINK;
  }

  @Override
  public long size() {
    return file.size().orElse(0);
  }

  @Override
  public Object fileKey() {
    return null;
  }

  /** The attributes by their names in the {@code basic} view. */
  Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("lastModifiedTime", lastModifiedTime());
    map.put("lastAccessTime", lastAccessTime());
    map.put("creationTime", creationTime());
    map.put("size", size());
    map.put("isRegularFile", isRegularFile());
    map.put("isDirectory", isDirectory());
    map.put("isSymbolicLink", isSymbolicLink());
    map.put("isOther", isOther());
    map.put("fileKey", fileKey());
    return map;
  }
}
