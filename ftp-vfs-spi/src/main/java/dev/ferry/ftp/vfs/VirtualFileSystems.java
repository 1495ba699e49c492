package dev.ferry.ftp.vfs;

/**
 * Views that every backend gets for free.
 *
 * <p>A view does not own the file system it wraps: closing the view does nothing, so many views
 * (one per user) can share one backend, which its owner closes when all are done. The one
 * exception says so in its name: {@link #readOnlyOwning}.
 */
public final class VirtualFileSystems {
  private VirtualFileSystems() {}

  /**
   * Returns a read-only view: reads work as before, and every operation that would change
   * anything fails with {@link VfsException.Kind#PERMISSION_DENIED} without reaching {@code fs}.
   * Its capabilities are {@code fs}'s without {@link Capability#WRITE}: the others still describe
   * the storage as it is read (see {@link Capability}).
   *
   * @param fs the file system to view
   * @return the read-only view
   */
  public static VirtualFileSystem readOnly(VirtualFileSystem fs) {
    return new ReadOnlyFileSystem(fs, false);
  }

  /**
   * Returns a read-only view, as {@link #readOnly}, that owns {@code fs}: closing the view closes
   * {@code fs}. For a {@link VfsProvider#open} that wraps storage it opened itself, e.g. {@code
   * return VirtualFileSystems.readOnlyOwning(openedStore);}, so whoever closes what {@code open}
   * returned releases the storage too.
   *
   * @param fs the file system to view and, in the end, close
   * @return the read-only view
   */
  public static VirtualFileSystem readOnlyOwning(VirtualFileSystem fs) {
    return new ReadOnlyFileSystem(fs, true);
  }

  /**
   * Returns a view whose root is {@code home} in {@code fs} (a chroot): the view's {@code /a} is
   * {@code fs}'s {@code home/a}, nothing outside {@code home} can be named, and errors report the
   * view's paths, never the backing ones. The view's root cannot be deleted or renamed. The
   * directory {@code home} is not created; until it exists, the view's root is not found.
   *
   * @param fs the backing file system
   * @param home the directory in {@code fs} that becomes the view's root
   * @return the view
   */
  public static VirtualFileSystem subRoot(VirtualFileSystem fs, VirtualPath home) {
    return new SubRootFileSystem(fs, home);
  }
}
