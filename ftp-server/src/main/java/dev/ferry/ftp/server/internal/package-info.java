/**
 * The server's composition root ({@link dev.ferry.ftp.server.internal.ServerModule}) and the running
 * engine ({@link dev.ferry.ftp.server.internal.ServerEngine}). Not exported: everything under
 * {@code internal} may change without notice.
 */
package dev.ferry.ftp.server.internal;
