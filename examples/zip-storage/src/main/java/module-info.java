/**
 * An example storage plugin for Ferry: the {@code zip} scheme serves the contents of a ZIP
 * archive, read-only. It needs nothing of Ferry but the storage SPI, exports nothing, and is
 * found only through {@link java.util.ServiceLoader}.
 *
 * <p>Settings: {@code archive} (required, the path of the {@code .zip} file) and {@code
 * max-entries} (default 1,000,000: an archive with more entries is refused, which bounds the
 * memory an archive can make the plugin use).
 */
module dev.ferry.examples.zipstorage {
  requires dev.ferry.ftp.vfs;

  provides dev.ferry.ftp.vfs.VfsProvider with
      dev.ferry.examples.zipstorage.ZipStorageProvider;
}
