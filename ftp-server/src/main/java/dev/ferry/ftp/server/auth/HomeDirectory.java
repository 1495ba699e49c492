package dev.ferry.ftp.server.auth;

import dev.ferry.ftp.vfs.VfsConfig;
import dev.ferry.ftp.vfs.VirtualPath;
import java.util.Objects;

/**
 * Where a user's files live: a storage backend named by its scheme ({@code local}, {@code memory},
 * {@code s3} or a plugin's), that backend's settings, and the directory inside it that becomes the
 * user's root ({@code /}).
 *
 * <p>The server opens each distinct backend (scheme and settings) once and shares it between all
 * users that name it; each session sees only its {@code root}, through a view nothing can escape.
 *
 * @param scheme the backend's scheme, found with {@link java.util.ServiceLoader}
 * @param config the backend's settings
 * @param root the directory in the backend that is the user's root; must exist unless
 *     {@code createRoot} is set
 * @param createRoot whether to create {@code root} (and its parents) at login when missing
 */
public record HomeDirectory(String scheme, VfsConfig config, VirtualPath root, boolean createRoot) {
  /**
   * Checks the values.
   *
   * @param scheme not blank
   * @param config the settings
   * @param root the root directory
   * @param createRoot whether to create it when missing
   */
  public HomeDirectory {
    Objects.requireNonNull(scheme, "home.scheme must not be null");
    Objects.requireNonNull(config, "home.config must not be null");
    Objects.requireNonNull(root, "home.root must not be null");
    if (scheme.isBlank()) {
      throw new IllegalArgumentException("home.scheme must not be blank");
    }
  }

  /**
   * Returns the root of a backend as the home.
   *
   * @param scheme the backend's scheme
   * @param config the backend's settings
   * @return the home
   */
  public static HomeDirectory of(String scheme, VfsConfig config) {
    return new HomeDirectory(scheme, config, VirtualPath.ROOT, false);
  }

  /**
   * Returns a copy rooted at a directory of the backend, created at login when missing.
   *
   * @param root the directory, for example {@code /home/alice}
   * @return the new home
   */
  public HomeDirectory under(String root) {
    return new HomeDirectory(scheme, config, VirtualPath.of(root), true);
  }
}
