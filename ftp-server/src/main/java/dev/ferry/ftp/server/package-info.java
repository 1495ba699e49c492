/**
 * The embedding API: {@link dev.ferry.ftp.server.FtpServer} and its immutable configuration values
 * ({@link dev.ferry.ftp.server.ServerConfig}, {@link dev.ferry.ftp.server.ListenerConfig},
 * {@link dev.ferry.ftp.server.PassiveConfig}, {@link dev.ferry.ftp.server.ActiveConfig},
 * {@link dev.ferry.ftp.server.Limits}, {@link dev.ferry.ftp.server.Timeouts},
 * {@link dev.ferry.ftp.server.LoginPolicy}). Each value checks itself and names the bad field.
 */
package dev.ferry.ftp.server;
