import dev.ferry.ftp.vfs.local.internal.LocalProvider;
import dev.ferry.ftp.vfs.local.internal.MemoryProvider;

/**
 * Ferry's built-in storage backends over {@code java.nio.file}, found through the storage SPI's
 * {@link dev.ferry.ftp.vfs.VfsProvider} service; nothing here is exported.
 *
 * <ul>
 *   <li>{@code local}: a directory on disk, confined to it. Settings: {@code root} (required),
 *       {@code atomic-upload} (default {@code true}), {@code fsync} (default {@code false}),
 *       {@code follow-links} (default {@code false}).
 *   <li>{@code memory}: a private in-memory file system. Settings: {@code max-size} (default
 *       unlimited), {@code atomic-upload} (default {@code true}).
 * </ul>
 */
module dev.ferry.ftp.vfs.local {
  requires dev.ferry.ftp.vfs;
  requires com.google.common.jimfs;

  provides dev.ferry.ftp.vfs.VfsProvider with
      LocalProvider,
      MemoryProvider;
}
