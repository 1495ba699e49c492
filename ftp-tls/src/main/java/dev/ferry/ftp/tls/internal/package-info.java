/**
 * Implementation of {@code dev.ferry.ftp.tls}: PEM handling, certificate generation, key and trust
 * managers, handshake deadlines and the {@code SSLEngine} transport. Not exported; nothing here is
 * API.
 */
package dev.ferry.ftp.tls.internal;
