package dev.ferry.ftp.vfs;

import java.io.IOException;

/**
 * A storage backend's entry point, found with {@link java.util.ServiceLoader} and named by a
 * scheme such as {@code local}, {@code memory} or {@code s3}.
 *
 * <p>Declare it in the backend's module descriptor (and, for class-path users, in {@code
 * META-INF/services/dev.ferry.ftp.vfs.VfsProvider}):
 *
 * <pre>{@code
 * module com.example.storage {
 *   requires dev.ferry.ftp.vfs;
 *   provides dev.ferry.ftp.vfs.VfsProvider with com.example.storage.internal.MyProvider;
 * }
 * }</pre>
 *
 * <p>Providers must be stateless and cheap: {@code ServiceLoader} may create several instances,
 * so the public no-argument constructor does nothing, and every resource (handles, clients,
 * threads) belongs to the file system that {@link #open} returns. Implementations are
 * thread-safe.
 */
public interface VfsProvider {
  /**
   * Returns the scheme that names this backend in configuration.
   *
   * @return a short lower-case name, e.g. {@code local}
   */
  String scheme();

  /**
   * Opens a file system. A provider should reject keys it does not know with
   * {@link VfsConfig#requireOnly}, so a typo in a configuration file fails loudly.
   *
   * @param config the backend's settings
   * @return a new file system, owned by the caller, who must close it
   * @throws VfsConfigException if a setting is missing or invalid
   * @throws IOException if the storage cannot be reached or prepared
   */
  VirtualFileSystem open(VfsConfig config) throws IOException;
}
