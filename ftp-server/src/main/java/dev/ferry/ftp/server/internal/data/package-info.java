/**
 * Data connections: passive listeners from a port range (accepting only the control
 * connection's client), active connections behind the bounce guard, the TLS seam
 * ({@link dev.ferry.ftp.server.internal.data.DataSocketWrapper}) and the abort signal.
 */
package dev.ferry.ftp.server.internal.data;
