package dev.ferry.ftp.server.internal.auth;

import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import java.io.IOException;

/**
 * Opens a storage backend by scheme. The default finds providers with
 * {@link java.util.ServiceLoader}; tests bind one that tracks open handles.
 */
@FunctionalInterface
public interface BackendOpener {
  /**
   * Opens a backend.
   *
   * @param scheme the provider's scheme
   * @param config the backend's settings
   * @return the open file system, owned by the caller
   * @throws IOException if it cannot be opened
   */
  VirtualFileSystem open(String scheme, VfsConfig config) throws IOException;
}
