/**
 * Events for embedders: {@link dev.ferry.ftp.server.event.FtpEvent} (connect, login, failed login,
 * command, upload and download finished, disconnect) delivered to every bound
 * {@link dev.ferry.ftp.server.event.FtpEventListener}.
 */
package dev.ferry.ftp.server.event;
