package dev.ferry.ftp.protocol.listing;

/**
 * The LIST output formats a {@link ListingParser} reads. RFC 959 leaves LIST's format to the
 * server; these are the ones clients meet.
 */
public enum ListingDialect {
  /**
   * Unix {@code ls -l}: vsftpd, ProFTPD, Pure-FTPd, FileZilla Server, most others, including
   * long-iso and full-iso dates and the year-less recent form.
   */
  UNIX,
  /** MS-DOS style of IIS and other Windows servers: {@code 01-05-24  12:34PM  <DIR>  name}. */
  WINDOWS,
  /** EPLF, the Easily Parsed LIST Format (publicfile): {@code +i8388621.48594,m825718503,r,\tname}. */
  EPLF,
  /** Novell NetWare: {@code d [R----F--] owner 512 Jan 16 18:53 name}. */
  NETWARE,
  /** OpenVMS: {@code NAME.EXT;1  9/9  2-JUN-1998 07:32:04  [GROUP,OWNER]  (RWED,RWED,RWED,RE)}. */
  VMS,
  /** MLSx entries (RFC 3659 §7.2), which a few servers send for LIST too, and MLSD itself. */
  MLSX
}
