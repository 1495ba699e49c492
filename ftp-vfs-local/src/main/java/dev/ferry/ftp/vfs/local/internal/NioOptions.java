package dev.ferry.ftp.vfs.local.internal;

/**
 * How a {@link NioFileSystem} behaves.
 *
 * @param atomicUpload whether whole-file uploads go to a hidden temporary file first
 * @param fsync whether an upload is forced to the device before it becomes visible
 * @param followLinks whether symbolic links whose target lies inside the root are followed
 */
record NioOptions(boolean atomicUpload, boolean fsync, boolean followLinks) {}
