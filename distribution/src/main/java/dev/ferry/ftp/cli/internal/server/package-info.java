/**
 * The server side of the {@code ferry} command: {@code serve} (quick mode), {@code server}
 * (production mode, from {@code ferry.yaml}), {@code check-config}; signal handling and the
 * assembly of a server from its configuration.
 */
package dev.ferry.ftp.cli.internal.server;
