/** Live resource counters, for leak checks and diagnostics. */
package dev.ferry.ftp.server.internal.diag;
