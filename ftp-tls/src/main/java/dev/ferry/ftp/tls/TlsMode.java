package dev.ferry.ftp.tls;

/** How a listener (or a client connection) offers TLS on the control connection. */
public enum TlsMode {
  /** No TLS: {@code AUTH} is refused and every connection is clear text. */
  OFF,
  /**
   * Explicit FTPS (RFC 4217): the connection starts in clear text and is upgraded by {@code AUTH
   * TLS}, conventionally on port 21.
   */
  EXPLICIT,
  /**
   * Implicit FTPS: TLS starts with the first byte, conventionally on port 990, and data connections
   * are protected as if {@code PBSZ 0} and {@code PROT P} had been sent. Not specified by RFC 4217,
   * but widely deployed.
   */
  IMPLICIT
}
