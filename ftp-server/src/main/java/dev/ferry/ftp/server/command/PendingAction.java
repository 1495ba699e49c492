package dev.ferry.ftp.server.command;

/**
 * State one command leaves for the next. The dispatcher clears it before every command that
 * neither {@linkplain CommandSpec#consumes() consumes} it nor {@linkplain CommandSpec#keeps()
 * keeps} it, and after every command that consumes it, so no handler ever clears one by hand.
 */
public enum PendingAction {
  /**
   * The restart offset set by {@code REST} (RFC 3659 §5), consumed by the next RETR, STOR or
   * APPE. Commands that set up the data connection and the transfer parameters keep it, because
   * clients send them between REST and the transfer.
   */
  RESTART_OFFSET,
  /** The path set by {@code RNFR}, which the next command must consume: RNTO (RFC 959 §4.1.3). */
  RENAME_FROM
}
