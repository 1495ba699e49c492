/**
 * Directory listings: LIST output in the Unix {@code ls -l} form, parsers for the LIST dialects
 * clients meet (Unix, Windows/IIS, EPLF, …), and MLSx facts (RFC 3659 §7) formatted and parsed.
 */
package dev.ferry.ftp.protocol.listing;
