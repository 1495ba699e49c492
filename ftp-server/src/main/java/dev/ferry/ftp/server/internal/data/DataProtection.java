package dev.ferry.ftp.server.internal.data;

/** The protection level of data connections, set by PROT (RFC 2228 §3, RFC 4217 §9). */
public enum DataProtection {
  /** {@code PROT C}: clear text, the default. */
  CLEAR,
  /** {@code PROT P}: TLS on every data connection. */
  PRIVATE
}
