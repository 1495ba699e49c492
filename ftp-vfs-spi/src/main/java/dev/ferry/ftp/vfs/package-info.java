/**
 * The storage SPI: {@link dev.ferry.ftp.vfs.VirtualFileSystem} (the contract a backend
 * implements), {@link dev.ferry.ftp.vfs.VirtualPath} (an absolute, normalized, root-confined
 * path), file attributes, streamed listings, uploads that commit or abort as a whole, declared
 * {@link dev.ferry.ftp.vfs.Capability capabilities}, the {@link dev.ferry.ftp.vfs.VfsException}
 * error model, provider lookup by scheme, configuration, and decorators (forwarding, read-only,
 * sub-root) that every backend gets for free.
 *
 * <p>Writing a backend: implement {@link dev.ferry.ftp.vfs.VfsProvider} and
 * {@link dev.ferry.ftp.vfs.VirtualFileSystem}, declare the provider in your {@code module-info}
 * and run the contract suite of {@code ftp-testkit} against it.
 */
package dev.ferry.ftp.vfs;
