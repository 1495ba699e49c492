/**
 * Directory listings, both sides: a server formats {@link dev.ferry.ftp.protocol.listing.ListingEntry}
 * values, a client parses lines back into them.
 *
 * <ul>
 *   <li>{@link dev.ferry.ftp.protocol.listing.ListingFormatter} writes LIST lines in the Unix
 *       {@code ls -l} form every client reads (six-month rule, English months, injected clock and
 *       zone) and NLST lines (names alone);
 *   <li>{@link dev.ferry.ftp.protocol.listing.ListingParser} reads LIST lines of the {@linkplain
 *       dev.ferry.ftp.protocol.listing.ListingDialect dialects} clients meet (Unix, Windows/IIS,
 *       EPLF, NetWare, VMS, MLSx), detecting the dialect line by line: an entry, an empty result
 *       for lines that describe no file, or a {@link
 *       dev.ferry.ftp.protocol.listing.ListingFormatException};
 *   <li>{@link dev.ferry.ftp.protocol.listing.Mlsx} formats and parses MLSx entries (RFC 3659
 *       §7.2), and {@link dev.ferry.ftp.protocol.listing.FactSelection} the FEAT {@code MLST} line
 *       and {@code OPTS MLST} (§7.8, §7.9).
 * </ul>
 *
 * <p>Listings are vague about time; {@link dev.ferry.ftp.protocol.listing.ListingTime} says how
 * vague, so a client never mistakes an inferred year or a day-precise date for an exact time.
 */
package dev.ferry.ftp.protocol.listing;
