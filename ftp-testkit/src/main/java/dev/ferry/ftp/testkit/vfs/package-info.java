/**
 * The storage backend contract suite: extend {@link
 * dev.ferry.ftp.testkit.vfs.VirtualFileSystemContract} and supply a fresh file system; {@link
 * dev.ferry.ftp.testkit.vfs.TrackingFileSystem} finds leaked handles; {@link
 * dev.ferry.ftp.testkit.vfs.TestData} makes large deterministic content without holding it in
 * memory.
 */
package dev.ferry.ftp.testkit.vfs;
