/**
 * Connections: acceptors with connection permits, the session launcher and registry, and each
 * session's loop and command reader.
 */
package dev.ferry.ftp.server.internal.net;
