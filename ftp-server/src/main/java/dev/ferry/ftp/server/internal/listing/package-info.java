/** LIST and NLST output through the protocol module's listing formatter. */
package dev.ferry.ftp.server.internal.listing;
