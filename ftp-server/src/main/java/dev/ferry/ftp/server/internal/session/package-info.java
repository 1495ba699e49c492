/** A session's typed state and the context handlers receive. */
package dev.ferry.ftp.server.internal.session;
