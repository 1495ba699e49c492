/** Event delivery to listeners, and the interceptor that reports every command. */
package dev.ferry.ftp.server.internal.event;
