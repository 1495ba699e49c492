package dev.ferry.ftp.vfs.s3.internal;

import dev.ferry.ftp.testkit.vfs.VirtualFileSystemContract;
import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.VfsProviders;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The {@code s3} backend keeps the whole storage contract against a real S3 endpoint (S3Proxy),
 * with 5 MiB parts so the large file goes through a multipart upload.
 */
class S3ContractTest extends VirtualFileSystemContract {
  @RegisterExtension static final S3ProxyServer S3 = new S3ProxyServer();

  @Override
  protected VirtualFileSystem createFileSystem() throws IOException {
    return VfsProviders.open("s3", S3.config().with("part-size", "5MiB"));
  }

  @Override
  protected Set<Capability> expectedCapabilities() {
    // Everything but an atomic rename (copy, then delete), unix permissions and symlinks.
    return EnumSet.of(Capability.APPEND, Capability.WRITE_AT_OFFSET,
        Capability.RENAME_DIRECTORY, Capability.SET_MODIFIED_TIME, Capability.DIRECTORIES,
        Capability.CHECKSUMS);
  }

  /** 48 MiB: ten parts, in and out, in a few seconds (S3Proxy keeps it in memory). */
  @Override
  protected long largeFileBytes() {
    return Long.getLong(LARGE_FILE_PROPERTY, 48L << 20);
  }

  /** 2,500 entries: three pages of ListObjectsV2. */
  @Override
  protected int largeDirectoryEntries() {
    return Integer.getInteger(LARGE_DIRECTORY_PROPERTY, 2_500);
  }

  /** Straight through the S3 API, sixteen at a time: same keys, a fraction of the requests. */
  @Override
  protected void createManyFiles(VirtualPath directory, int count) throws IOException {
    String prefix = directory.isRoot() ? "" : directory.toString().substring(1) + "/";
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> puts = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String key = prefix + manyFilesName(i);
        puts.add(pool.submit(() -> S3.client().putObject(b -> b.bucket(S3.bucket()).key(key),
            RequestBody.empty())));
      }
      for (Future<?> put : puts) {
        put.get();
      }
    } catch (InterruptedException | ExecutionException e) {
      throw new IOException(e);
    } finally {
      pool.shutdownNow();
    }
  }
}
