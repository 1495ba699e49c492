package dev.ferry.ftp.vfs.s3.internal;

import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsProvider;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import java.io.IOException;
import java.time.Clock;

/**
 * The {@code s3} scheme: a bucket (or a prefix in it) of AWS S3 or an S3-compatible store. The
 * settings are listed in {@link S3Settings}; the file system checks at once that the endpoint
 * answers and the bucket exists.
 */
public final class S3Provider implements VfsProvider {
  /** Creates the provider; it holds nothing. */
  public S3Provider() {}

  @Override
  public String scheme() {
    return "s3";
  }

  @Override
  public VirtualFileSystem open(VfsConfig config) throws IOException {
    return S3FileSystem.open(S3Settings.from(config), Clock.systemUTC());
  }
}
