/**
 * The authentication SPI: {@link dev.ferry.ftp.server.auth.Authenticator} checks credentials and
 * returns a {@link dev.ferry.ftp.server.auth.UserAccount}, whose
 * {@link dev.ferry.ftp.server.auth.HomeDirectory} names a storage backend and whose
 * {@link dev.ferry.ftp.server.auth.Permission}s the server enforces.
 */
package dev.ferry.ftp.server.auth;
