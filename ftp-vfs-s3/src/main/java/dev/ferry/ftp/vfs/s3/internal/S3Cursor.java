package dev.ferry.ftp.vfs.s3.internal;

import dev.ferry.ftp.vfs.DirectoryCursor;
import dev.ferry.ftp.vfs.DirectoryEntry;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.FileType;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A directory listing read page by page with ListObjectsV2 and the {@code /} delimiter: objects
 * right under the prefix are files, common prefixes are directories, and only one page (at most
 * {@value #PAGE} keys) is held at a time.
 *
 * <p>Two rules keep the listing a tree. The directory's own marker is not an entry. And where a
 * key {@code a} and keys under {@code a/} both exist (which only other tools create), the file
 * wins, as it does in {@link S3FileSystem#stat}: the file comes first in key order, so the cursor
 * remembers file names only until the listing has passed the point where their directory would
 * appear.
 */
final class S3Cursor implements DirectoryCursor {
  /** Keys per page: S3's maximum. */
  static final int PAGE = 1000;

  /** Keys in the first page, which the client waits for before it sees anything. */
  static final int FIRST_PAGE = 100;

  private final Bucket bucket;
  private final VirtualPath directory;
  private final String prefix;
  private final ArrayDeque<Item> items = new ArrayDeque<>();
  private final List<String> recentFiles = new ArrayList<>();
  private ListObjectsV2Response page;
  private boolean closed;

  private record Item(String key, S3Object object) {}

  S3Cursor(Bucket bucket, VirtualPath directory, String prefix, ListObjectsV2Response first) {
    this.bucket = bucket;
    this.directory = directory;
    this.prefix = prefix;
    take(first);
  }

  @Override
  public DirectoryEntry next() throws IOException {
    if (closed) {
      throw new IOException(directory + ": the listing is closed");
    }
    while (true) {
      Item item = items.poll();
      if (item == null) {
        if (!Boolean.TRUE.equals(page.isTruncated()) || page.nextContinuationToken() == null) {
          return null;
        }
        take(bucket.list(prefix, "/", PAGE, page.nextContinuationToken(), directory));
        continue;
      }
      forgetFilesBefore(item.key());
      String name = Keys.name(prefix, item.key());
      if (name == null || item.key().equals(prefix)) {
        continue;
      }
      if (item.object() == null) {
        if (!recentFiles.contains(name)) {
          return new DirectoryEntry(name, FileAttributes.builder(FileType.DIRECTORY).build());
        }
      } else {
        recentFiles.add(name);
        return new DirectoryEntry(name, attributes(item.object()));
      }
    }
  }

  private FileAttributes attributes(S3Object object) throws IOException {
    FileAttributes.Builder b = FileAttributes.builder(FileType.FILE)
        .size(object.size() == null ? 0 : object.size())
        .modified(object.lastModified());
    if (object.eTag() != null) {
      b.extra("etag", object.eTag());
      if (Copier.hasTimeMark(object.eTag())) {
        // Set by MFMT (see Copier): only HEAD tells the time it keeps in metadata.
        Optional<HeadObjectResponse> head = bucket.head(object.key(), directory);
        head.ifPresent(h -> b.modified(Mtime.of(h.metadata(), object.lastModified())));
      }
    }
    if (object.storageClassAsString() != null) {
      b.extra("storage-class", object.storageClassAsString());
    }
    return b.build();
  }

  /** Drops remembered files whose directory twin would sort before {@code key}. */
  private void forgetFilesBefore(String key) {
    recentFiles.removeIf(name -> Keys.compare(prefix + name + "/", key) < 0);
  }

  /** Queues a page's files and directories merged in key order. */
  private void take(ListObjectsV2Response next) {
    page = next;
    Iterator<S3Object> files = next.contents().iterator();
    Iterator<CommonPrefix> dirs = next.commonPrefixes().iterator();
    S3Object file = files.hasNext() ? files.next() : null;
    CommonPrefix dir = dirs.hasNext() ? dirs.next() : null;
    while (file != null || dir != null) {
      if (dir == null || (file != null && Keys.compare(file.key(), dir.prefix()) < 0)) {
        items.add(new Item(file.key(), file));
        file = files.hasNext() ? files.next() : null;
      } else {
        items.add(new Item(dir.prefix(), null));
        dir = dirs.hasNext() ? dirs.next() : null;
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    items.clear();
  }
}
