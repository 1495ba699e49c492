/**
 * Ferry's storage SPI: the small, FTP-shaped file-system contract that every storage backend
 * implements and the server consumes.
 *
 * <p>It depends on {@code java.base} only and knows nothing of FTP. A backend is a
 * {@link dev.ferry.ftp.vfs.VfsProvider} declared with {@code provides … with …} in the backend's
 * own module descriptor; this module {@code uses} the service, so
 * {@link dev.ferry.ftp.vfs.VfsProviders} finds every backend on the module path (and on the class
 * path, through {@code META-INF/services}).
 */
module dev.ferry.ftp.vfs {
  exports dev.ferry.ftp.vfs;

  uses dev.ferry.ftp.vfs.VfsProvider;
}
