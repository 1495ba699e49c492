package dev.ferry.ftp.tls;

/**
 * The rule for TLS session reuse on protected data connections.
 *
 * <p>A data connection that resumes the control connection's TLS session proves it comes from the
 * client that logged in, not from whoever reached the passive port first (RFC 4217). vsftpd,
 * ProFTPD and FileZilla Server require it; many clients (Python's ftplib, Commons Net) cannot do
 * it, so the presets warn rather than refuse. A server decides with {@link
 * SessionResumption#isResumption}; a {@link ClientTls} always tries to resume.
 */
public enum SessionReuse {
  /** Not checked on the server; on the client, a fresh session is as good as a resumed one. */
  OFF,
  /** Checked; a data connection that did not resume is accepted and reported. */
  WARN,
  /**
   * Checked; a data connection that did not resume is refused (a server replies 522). A {@link
   * ClientTls} then refuses to create a new session on a data connection, so the failure shows at
   * once on the client rather than as a 522 from the server.
   */
  REQUIRE
}
