/** Administration commands: {@code ferry user …} (the users file) and {@code ferry cert …}. */
package dev.ferry.ftp.cli.internal.admin;
