package dev.ferry.ftp.server.internal.auth;

import dev.ferry.ftp.server.auth.HomeDirectory;
import dev.ferry.ftp.server.auth.UserAccount;
import dev.ferry.ftp.vfs.Capability;
import dev.ferry.ftp.vfs.FileAttributes;
import dev.ferry.ftp.vfs.VfsException;
import dev.ferry.ftp.vfs.VirtualFileSystem;
import dev.ferry.ftp.vfs.VirtualFileSystems;
import dev.ferry.ftp.vfs.VirtualPath;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Builds a user's view of storage: the shared backend, confined to the home directory with a
 * sub-root view, and read-only when the user holds no write permission. Every path the user names
 * goes through the view, so confinement is enforced once, here, and not in each command.
 */
@Singleton
public final class HomeViews {
  private final BackendRegistry backends;

  @Inject
  HomeViews(BackendRegistry backends) {
    this.backends = backends;
  }

  /**
   * Opens the view of a user's home, creating the home first if the account asks for it.
   *
   * @param account the user
   * @return the view; closing it does nothing
   * @throws VfsException {@code NOT_FOUND} or {@code NOT_A_DIRECTORY} if the home is missing
   * @throws IOException if the backend fails
   */
  public VirtualFileSystem open(UserAccount account) throws IOException {
    HomeDirectory home = account.home();
    VirtualFileSystem backend = backends.get(home.scheme(), home.config());
    if (home.createRoot()) {
      createDirectories(backend, home.root());
    }
    VirtualFileSystem view = VirtualFileSystems.subRoot(backend, home.root());
    FileAttributes root = view.stat(VirtualPath.ROOT);
    if (!root.isDirectory()) {
      throw new VfsException(VfsException.Kind.NOT_A_DIRECTORY, VirtualPath.ROOT);
    }
    return account.mayWrite() ? view : VirtualFileSystems.readOnly(view);
  }

  private static void createDirectories(VirtualFileSystem fs, VirtualPath directory)
      throws IOException {
    if (directory.isRoot() || !fs.capabilities().contains(Capability.DIRECTORIES)) {
      return;
    }
    VirtualPath path = VirtualPath.ROOT;
    for (String name : directory.segments()) {
      path = path.child(name);
      try {
        fs.createDirectory(path);
      } catch (VfsException e) {
        if (e.kind() != VfsException.Kind.ALREADY_EXISTS) {
          throw e;
        }
      }
    }
  }
}
