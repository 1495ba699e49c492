package dev.ferry.ftp.vfs.s3.internal;

import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.DirectoryCursor;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.FileType;
import dev.ferry.ftp.vfs.Upload;
import dev.ferry.ftp.vfs.VfsConfigException;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VfsException.Kind;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import dev.ferry.ftp.vfs.WriteMode;
import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * A file tree in an S3 bucket, mapped onto keys as {@link Keys} describes. Thread-safe: the SDK
 * client is, and every operation keeps its state on its own stack.
 *
 * <p>What S3 cannot do atomically is not claimed: rename copies then deletes (no {@link
 * Capability#ATOMIC_RENAME}), and checks such as "the parent exists" or "the name is free" are
 * separate requests, so two nodes racing on one name can both pass them.
 */
final class S3FileSystem implements VirtualFileSystem {
  /** The checksum algorithms {@link #checksum} computes by reading the range. */
  static final Set<String> CHECKSUMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-512", "CRC32");

  private final Bucket bucket;
  private final Keys keys;
  private final Clock clock;
  private final ExecutorService workers = Executors.newThreadPerTaskExecutor(
      Thread.ofVirtual().name("ferry-s3-", 0).factory());
  private final ScheduledExecutorService sweeper;
  private final Copier copier;
  private final AtomicBoolean closed = new AtomicBoolean();
  int growEvery = 1000;

  S3FileSystem(S3Client client, S3Settings settings, Clock clock) {
    this.bucket = new Bucket(client, settings);
    this.keys = new Keys(settings.prefix());
    this.clock = clock;
    this.copier = new Copier(bucket, workers);
    this.sweeper = settings.staleUploadAge().isZero() ? null
        : Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("ferry-s3-sweeper").factory());
  }

  /**
   * Opens a file system and checks that the store answers and the bucket exists.
   *
   * @throws VfsConfigException if the bucket does not exist
   * @throws IOException if the store cannot be reached or refuses the credentials
   */
  static S3FileSystem open(S3Settings settings, Clock clock) throws IOException {
    S3Client client;
    try {
      client = S3Clients.create(settings);
    } catch (SdkException e) {
      // Only the region is resolved this early (credentials wait for the first request).
      throw new VfsConfigException("region", "no region: set \"region\" or AWS_REGION ("
          + S3Errors.rootMessage(e) + ")");
    }
    S3FileSystem fs = new S3FileSystem(client, settings, clock);
    try {
      fs.checkBucket();
    } catch (IOException | RuntimeException e) {
      fs.close();
      throw e;
    }
    fs.startSweeper();
    return fs;
  }

  private void checkBucket() throws IOException {
    String where = bucket.settings.endpoint() == null ? "AWS S3"
        : bucket.settings.endpoint().toString();
    try {
      bucket.client.headBucket(b -> b.bucket(bucket.name));
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        throw new VfsConfigException("bucket", "bucket \"" + bucket.name
            + "\" does not exist at " + where);
      }
      if (e.statusCode() == 403) {
        throw new IOException("access to bucket \"" + bucket.name + "\" at " + where
            + " is denied (check access-key and secret-key): HTTP 403", e);
      }
      throw new IOException("bucket \"" + bucket.name + "\" at " + where
          + " cannot be used: HTTP " + e.statusCode() + " " + S3Errors.code(e), e);
    } catch (SdkException e) {
      if (S3Errors.rootCause(e) instanceof IOException) {
        throw new IOException("cannot reach the S3 endpoint " + where + ": "
            + S3Errors.rootMessage(e), e);
      }
      // For example no credentials: neither configured nor found by the SDK's chain.
      throw new IOException("cannot open bucket \"" + bucket.name + "\" at " + where + ": "
          + S3Errors.rootMessage(e), e);
    }
  }

  private void startSweeper() {
    if (sweeper != null) {
      long every = Math.max(60, Math.min(3600, bucket.settings.staleUploadAge().toSeconds() / 4));
      UploadSweeper sweep = new UploadSweeper(bucket, keys.root(), clock);
      sweeper.scheduleWithFixedDelay(sweep::sweepQuietly, 5, every, TimeUnit.SECONDS);
    }
  }

  /** Returns the server-side copier, for tests that lower its limits. */
  Copier copier() {
    return copier;
  }

  /** Returns the sweeper of stale multipart uploads, for tests that run it on demand. */
  UploadSweeper sweeper() {
    return new UploadSweeper(bucket, keys.root(), clock);
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.copyOf(EnumSet.of(Capability.APPEND, Capability.WRITE_AT_OFFSET,
        Capability.RENAME_DIRECTORY, Capability.SET_MODIFIED_TIME, Capability.DIRECTORIES,
        Capability.CHECKSUMS));
  }

  @Override
  public FileAttributes stat(VirtualPath path) throws IOException {
    ensureOpen(path);
    if (path.isRoot()) {
      return FileAttributes.builder(FileType.DIRECTORY).build();
    }
    Optional<HeadObjectResponse> head = bucket.head(keys.file(path), path);
    if (head.isPresent()) {
      return fileAttributes(head.get());
    }
    return directoryAttributes(path).orElseThrow(() -> new VfsException(Kind.NOT_FOUND, path));
  }

  static FileAttributes fileAttributes(HeadObjectResponse head) {
    FileAttributes.Builder b = FileAttributes.builder(FileType.FILE)
        .size(head.contentLength() == null ? 0 : head.contentLength())
        .modified(Mtime.of(head.metadata(), head.lastModified()));
    if (head.eTag() != null) {
      b.extra("etag", head.eTag());
    }
    if (head.storageClassAsString() != null) {
      b.extra("storage-class", head.storageClassAsString());
    }
    return b.build();
  }

  private Optional<FileAttributes> directoryAttributes(VirtualPath path) throws IOException {
    String prefix = keys.directory(path);
    ListObjectsV2Response page = bucket.list(prefix, null, 1, null, path);
    if (!page.hasContents() || page.contents().isEmpty()) {
      return Optional.empty();
    }
    FileAttributes.Builder b = FileAttributes.builder(FileType.DIRECTORY);
    if (page.contents().get(0).key().equals(prefix)) {
      // A marker: its own time (and MFMT's, from its metadata) is the directory's.
      Optional<HeadObjectResponse> marker = bucket.head(prefix, path);
      marker.ifPresent(m -> b.modified(Mtime.of(m.metadata(), m.lastModified())));
    }
    return Optional.of(b.build());
  }

  /** Returns whether a directory exists: the root, a marker or any key below it. */
  boolean isDirectory(VirtualPath path) throws IOException {
    return path.isRoot() || bucket.hasKeysUnder(keys.directory(path), path);
  }

  /**
   * Fails unless the parent of {@code path} is a directory.
   *
   * @throws VfsException {@code NOT_A_DIRECTORY} or {@code NOT_FOUND}, about {@code path}
   */
  private void checkParent(VirtualPath path) throws IOException {
    VirtualPath parent = path.parent();
    if (isDirectory(parent)) {
      return;
    }
    if (bucket.head(keys.file(parent), path).isPresent()) {
      throw new VfsException(Kind.NOT_A_DIRECTORY, path, "the parent is a file", null);
    }
    throw new VfsException(Kind.NOT_FOUND, path);
  }

  @Override
  public DirectoryCursor list(VirtualPath directory) throws IOException {
    ensureOpen(directory);
    String prefix = keys.directory(directory);
    // A short first page: the first entries reach the client sooner; later pages are full.
    ListObjectsV2Response first = bucket.list(prefix, "/", S3Cursor.FIRST_PAGE, null, directory);
    if (!directory.isRoot() && first.commonPrefixes().isEmpty() && first.contents().isEmpty()) {
      if (bucket.head(keys.file(directory), directory).isPresent()) {
        throw new VfsException(Kind.NOT_A_DIRECTORY, directory);
      }
      throw new VfsException(Kind.NOT_FOUND, directory);
    }
    return new S3Cursor(bucket, directory, prefix, first);
  }

  @Override
  public ReadableByteChannel openRead(VirtualPath file, long offset) throws IOException {
    if (offset < 0) {
      throw new IllegalArgumentException("offset < 0: " + offset);
    }
    ensureOpen(file);
    if (file.isRoot()) {
      throw new VfsException(Kind.IS_A_DIRECTORY, file);
    }
    S3ReadChannel channel = S3ReadChannel.open(bucket, file, keys.file(file), offset);
    if (channel == null) {
      throw new VfsException(isDirectory(file) ? Kind.IS_A_DIRECTORY : Kind.NOT_FOUND, file);
    }
    return channel;
  }

  @Override
  public Upload openWrite(VirtualPath file, WriteMode mode) throws IOException {
    ensureOpen(file);
    if (file.isRoot()) {
      throw new VfsException(Kind.IS_A_DIRECTORY, file);
    }
    String key = keys.file(file);
    checkParent(file);
    if (isDirectory(file)) {
      throw new VfsException(Kind.IS_A_DIRECTORY, file);
    }
    PartSizes sizes = new PartSizes(bucket.settings.partSize(), growEvery);
    Optional<HeadObjectResponse> existing = mode == WriteMode.replace() ? Optional.empty()
        : bucket.head(key, file);
    S3Upload.Base base = existing.map(h -> new S3Upload.Base(h.eTag(), h.contentLength()))
        .orElse(null);
    long start = switch (mode) {
      case WriteMode.CreateNew c -> {
        if (base != null) {
          throw new VfsException(Kind.ALREADY_EXISTS, file);
        }
        yield 0;
      }
      case WriteMode.Replace r -> 0;
      case WriteMode.Append a -> base == null ? 0 : base.size();
      case WriteMode.AtOffset at -> at.offset();
    };
    S3Upload upload = new S3Upload(bucket, workers, file, key, mode == WriteMode.createNew(),
        base, sizes);
    try {
      Resumable interrupted = base == null && start > 0 && bucket.settings.resumeUploads()
          ? Resumable.find(bucket, key, start, file) : null;
      if (interrupted != null) {
        upload.resume(interrupted, start);
      } else {
        upload.startAt(start);
      }
    } catch (IOException | RuntimeException e) {
      upload.abort();
      throw e;
    }
    return upload;
  }

  @Override
  public void createDirectory(VirtualPath directory) throws IOException {
    ensureOpen(directory);
    if (directory.isRoot()) {
      throw new VfsException(Kind.ALREADY_EXISTS, directory);
    }
    String key = keys.file(directory);
    checkParent(directory);
    if (bucket.head(key, directory).isPresent() || isDirectory(directory)) {
      throw new VfsException(Kind.ALREADY_EXISTS, directory);
    }
    bucket.putMarker(keys.directory(directory), Map.of(), directory);
  }

  @Override
  public void delete(VirtualPath file) throws IOException {
    ensureOpen(file);
    if (file.isRoot()) {
      throw new VfsException(Kind.IS_A_DIRECTORY, file);
    }
    String key = keys.file(file);
    if (bucket.head(key, file).isEmpty()) {
      throw new VfsException(isDirectory(file) ? Kind.IS_A_DIRECTORY : Kind.NOT_FOUND, file);
    }
    bucket.delete(key, file);
    keepDirectory(file.parent());
  }

  @Override
  public void deleteDirectory(VirtualPath directory) throws IOException {
    ensureOpen(directory);
    if (directory.isRoot()) {
      throw new VfsException(Kind.PERMISSION_DENIED, directory, "the root cannot be removed",
          null);
    }
    if (bucket.head(keys.file(directory), directory).isPresent()) {
      throw new VfsException(Kind.NOT_A_DIRECTORY, directory);
    }
    String prefix = keys.directory(directory);
    ListObjectsV2Response page = bucket.list(prefix, null, 2, null, directory);
    if (!page.hasContents() || page.contents().isEmpty()) {
      throw new VfsException(Kind.NOT_FOUND, directory);
    }
    if (page.contents().stream().anyMatch(o -> !o.key().equals(prefix))) {
      throw new VfsException(Kind.NOT_EMPTY, directory);
    }
    bucket.delete(prefix, directory);
    keepDirectory(directory.parent());
  }

  /**
   * Writes the marker of a directory that just lost its last entry, so that it does not vanish
   * with it (a directory that only existed through the keys below it, as other tools write them).
   */
  private void keepDirectory(VirtualPath directory) throws IOException {
    if (!directory.isRoot() && !isDirectory(directory)) {
      bucket.putMarker(keys.directory(directory), Map.of(), directory);
    }
  }

  @Override
  public void rename(VirtualPath source, VirtualPath target) throws IOException {
    ensureOpen(source);
    if (source.isRoot() || target.isRoot()) {
      VirtualPath root = source.isRoot() ? source : target;
      throw new VfsException(Kind.PERMISSION_DENIED, root, "the root cannot be moved", null);
    }
    Optional<HeadObjectResponse> file = bucket.head(keys.file(source), source);
    if (file.isEmpty() && !isDirectory(source)) {
      throw new VfsException(Kind.NOT_FOUND, source);
    }
    if (source.equals(target)) {
      return;
    }
    checkParent(target);
    if (file.isPresent()) {
      if (isDirectory(target)) {
        throw new VfsException(Kind.ALREADY_EXISTS, target, "a directory", null);
      }
      copier.copy(keys.file(source), keys.file(target), file.get(), null, target);
      bucket.delete(keys.file(source), source);
    } else {
      if (target.startsWith(source)) {
        throw new VfsException(Kind.PERMISSION_DENIED, target,
            "a directory cannot move into itself", null);
      }
      if (bucket.head(keys.file(target), target).isPresent() || isDirectory(target)) {
        throw new VfsException(Kind.ALREADY_EXISTS, target);
      }
      copier.moveDirectory(keys.directory(source), keys.directory(target),
          bucket.settings.renameConcurrency(), source);
    }
    keepDirectory(source.parent());
  }

  @Override
  public void setModifiedTime(VirtualPath path, Instant modified) throws IOException {
    ensureOpen(path);
    if (path.isRoot()) {
      throw new VfsException(Kind.PERMISSION_DENIED, path,
          "the root has no object to keep a time in", null);
    }
    Map<String, String> metadata = Map.of(Mtime.KEY, Mtime.format(modified));
    Optional<HeadObjectResponse> head = bucket.head(keys.file(path), path);
    if (head.isPresent()) {
      copier.copy(keys.file(path), keys.file(path), head.get(), metadata, path);
    } else if (isDirectory(path)) {
      bucket.putMarker(keys.directory(path), metadata, path);
    } else {
      throw new VfsException(Kind.NOT_FOUND, path);
    }
  }

  @Override
  public Set<String> checksumAlgorithms() {
    return CHECKSUMS;
  }

  @Override
  public byte[] checksum(VirtualPath file, String algorithm, long offset, long length)
      throws IOException {
    ensureOpen(file);
    if (!CHECKSUMS.contains(algorithm)) {
      throw new VfsException(Kind.UNSUPPORTED, file, "no checksum " + algorithm, null);
    }
    if (offset < 0 || length < 0) {
      throw new IllegalArgumentException("negative offset or length");
    }
    if (offset == 0 && !file.isRoot()) {
      byte[] stored = storedChecksum(file, algorithm, length);
      if (stored != null) {
        return stored;
      }
    }
    try (ReadableByteChannel in = openRead(file, offset)) {
      return Checksums.compute(algorithm, in, length);
    }
  }

  /**
   * Returns the store's own checksum of the whole object when it keeps one for the algorithm
   * (objects uploaded with request checksums on AWS, for example), so HASH need not read it.
   */
  private byte[] storedChecksum(VirtualPath file, String algorithm, long length)
      throws IOException {
    String key = keys.file(file);
    HeadObjectResponse head;
    try {
      head = bucket.client.headObject(b -> b.bucket(bucket.name).key(key)
          .checksumMode(ChecksumMode.ENABLED));
    } catch (SdkException e) {
      return null;
    }
    if (length < head.contentLength() || head.checksumType() != ChecksumType.FULL_OBJECT) {
      return null;
    }
    String value = switch (algorithm) {
      case "CRC32" -> head.checksumCRC32();
      case "SHA-1" -> head.checksumSHA1();
      case "SHA-256" -> head.checksumSHA256();
      case "SHA-512" -> head.checksumSHA512();
      default -> null;
    };
    try {
      return value == null ? null : Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      if (sweeper != null) {
        sweeper.shutdownNow();
      }
      workers.shutdownNow();
      bucket.client.close();
    }
  }

  @Override
  public String toString() {
    return "s3:" + bucket.name + "/" + keys.root();
  }

  private void ensureOpen(VirtualPath path) throws IOException {
    if (closed.get()) {
      throw new IOException(path + ": the file system is closed");
    }
  }
}
