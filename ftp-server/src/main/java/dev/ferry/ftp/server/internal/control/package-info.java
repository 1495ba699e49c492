/**
 * The control connection's byte pipe, the locked reply writer, and the one table from failures to
 * replies ({@link dev.ferry.ftp.server.internal.control.ErrorReplies}).
 */
package dev.ferry.ftp.server.internal.control;
