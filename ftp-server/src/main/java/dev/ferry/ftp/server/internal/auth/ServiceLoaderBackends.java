package dev.ferry.ftp.server.internal.auth;

import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VfsProviders;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import java.io.IOException;

/** The default {@link BackendOpener}: the providers {@link VfsProviders} finds. */
final class ServiceLoaderBackends implements BackendOpener {
  @Override
  public VirtualFileSystem open(String scheme, VfsConfig config) throws IOException {
    return VfsProviders.open(scheme, config);
  }
}
