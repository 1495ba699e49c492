package dev.ferry.ftp.protocol.listing;

/**
 * The LIST output formats a {@link ListingParser} reads. RFC 959 §4.1.3 leaves LIST's format to
 * the server; these are the ones clients meet. Month names are read in English only, as servers
 * send them whatever their locale.
 */
public enum ListingDialect {
  /**
   * Unix {@code ls -l}, sent by vsftpd, ProFTPD, Pure-FTPd, FileZilla Server and most others:
   * {@code drwxr-xr-x 2 owner group 4096 Jan  5 12:34 name}.
   *
   * <ul>
   *   <li>Type letters {@code - d l c b p s} ({@code D} and {@code ?} read as {@link
   *       EntryType#OTHER}), permission letters with {@code s S t T} (and {@code l L} for
   *       mandatory locking), and a trailing ACL/context mark {@code +}, {@code .} or {@code @}.
   *   <li>Dates {@code Mon D HH:MM} (the year inferred by the inverse of the six-month rule),
   *       {@code Mon D YYYY}, the same day-first, BSD {@code ls -T}'s {@code Mon D HH:MM:SS YYYY},
   *       and GNU's long-iso {@code YYYY-MM-DD HH:MM} and full-iso {@code YYYY-MM-DD
   *       HH:MM:SS.F +HHMM}. A device shows {@code major, minor} in place of its size, and then has
   *       no size.
   *   <li>The name is everything after the one space that follows the date: leading, trailing and
   *       repeated spaces are kept. A symbolic link's {@code name -> target} is split at the first
   *       {@code " -> "}.
   *   <li>Owner and group may be missing: one word before the size is the owner; with more, the
   *       first word is the owner and the rest, spaces kept, the group ({@code Domain Users} and
   *       the like on Cygwin and Windows servers; owner names with spaces are rare enough to give
   *       up). At most 16 such words are read.
   *   <li>{@code total 123} is no entry.
   * </ul>
   */
  UNIX,
  /**
   * The MS-DOS style of IIS and other Windows servers: {@code 01-05-24  12:34PM  <DIR>  name} or
   * {@code 01-05-2024  17:03  1234 name}. Two- and four-digit years ({@code /} also accepted), 12-
   * and 24-hour clocks, digit-grouping commas in sizes, {@code <JUNCTION>} and {@code <SYMLINK>}
   * as links. A two-digit year is placed within 80 years before and 20 after now. The name follows
   * the column padding, so its own leading spaces are lost.
   */
  WINDOWS,
  /**
   * EPLF, the Easily Parsed LIST Format of publicfile: {@code +i8388621.48594,m825718503,r,s280,\tname}
   * ({@code /} directory, {@code r} file, {@code s} size, {@code m} UTC seconds, {@code i} unique
   * id, {@code up} octal mode; other facts skipped).
   */
  EPLF,
  /**
   * Novell NetWare: {@code d [R----F--] owner 512 Jan 16 18:53 name}. The name follows the column
   * padding, so its own leading spaces are lost.
   */
  NETWARE,
  /**
   * OpenVMS: {@code NAME.EXT;1  9/9  2-JUN-1998 07:32:04  [GROUP,OWNER]  (RWED,RWED,RWED,RE)}. The
   * {@code ;version} is dropped and {@code NAME.DIR} becomes the directory {@code NAME}; the size is
   * the used 512-byte blocks times 512. {@code Directory ...}, {@code Total of ...} and {@code Grand
   * total of ...} are no entries; a long name wrapped onto a line of its own is not joined to the
   * next line.
   */
  VMS,
  /**
   * MLSx entries (RFC 3659 §7.2), which a few servers send for LIST too, read by {@link
   * Mlsx#parse(String)}. When the parser tries several dialects, a line counts as MLSx only if it
   * starts with at least one {@code fact=value;}; an MLSX-only parser also reads the fact-less
   * {@code " name"} lines of an MLSD after {@code OPTS MLST} with no facts.
   */
  MLSX
}
